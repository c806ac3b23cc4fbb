/**
 * The kinds of entity and the fact relationships allowed between them. This table is the single
 * source: validation, the schema check and docs/article-file.md follow it.
 */
export const ENTITY_KINDS = ['Person', 'Country', 'Organization', 'Place', 'Document', 'Event', 'Concept'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const ANY: readonly EntityKind[] = ENTITY_KINDS;
const ACTORS = ['Person', 'Country', 'Organization'] as const satisfies readonly EntityKind[];

/**
 * Facts an article file states in its `relationships` section, between two entities. `role`
 * says whether the fact takes a `role` qualifier (a participant's part, an outcome's kind).
 */
export const RELATIONSHIP_RULES = {
  HOLDS_ROLE: { from: ['Person'], to: ['Country', 'Organization'], role: false },
  ISSUED: { from: ACTORS, to: ['Document'], role: false },
  AGREED_TO: { from: ACTORS, to: ['Document'], role: false },
  REFERENCES: { from: ['Document'], to: ['Document', 'Concept'], role: false },
  ABOUT: { from: ['Document', 'Event'], to: ANY, role: false },
  PARTICIPATED_IN: { from: ACTORS, to: ['Event'], role: true },
  OCCURRED_IN: { from: ['Event'], to: ['Place', 'Country'], role: false },
  HELD_BY: { from: ['Event'], to: ['Organization'], role: false },
  LOCATED_IN: { from: ['Place'], to: ['Place', 'Country'], role: false },
  CAPITAL_OF: { from: ['Place'], to: ['Country'], role: false },
  PART_OF: {
    from: ['Organization', 'Place', 'Concept', 'Event'],
    to: ['Organization', 'Country', 'Place', 'Concept', 'Event'],
    role: true,
  },
  RESULTED_IN: { from: ['Event'], to: ['Document', 'Concept', 'Place'], role: true },
  CHAMPIONED: { from: ACTORS, to: ['Concept', 'Document'], role: false },
  FIGHTS: { from: ['Country', 'Organization'], to: ['Organization'], role: false },
} as const satisfies Record<string, { from: readonly EntityKind[]; to: readonly EntityKind[]; role: boolean }>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as [RelationshipType, ...RelationshipType[]];

/** Facts derived from the `claims` and `quotes` sections, which join claims and quotes to entities. */
export const CLAIM_AND_QUOTE_FACT_TYPES = [
  'ASSERTED',
  'AGREED_TO',
  'STATED_IN',
  'STATED_AT',
  'ABOUT',
  'REPORTED_BY',
  'SAID',
  'EXPRESSES',
] as const;

/** Every relationship type that is a fact: it has an id and carries its evidence. */
export const FACT_RELATIONSHIP_TYPES: readonly string[] = [
  ...new Set<string>([...RELATIONSHIP_TYPES, ...CLAIM_AND_QUOTE_FACT_TYPES]),
];

export function isAllowedRelationship(type: RelationshipType, from: EntityKind, to: EntityKind): boolean {
  const rule = RELATIONSHIP_RULES[type];
  return (rule.from as readonly EntityKind[]).includes(from) && (rule.to as readonly EntityKind[]).includes(to);
}

export function takesRole(type: RelationshipType): boolean {
  return RELATIONSHIP_RULES[type].role;
}
