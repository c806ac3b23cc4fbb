/**
 * The kinds of entity and the fact relationships allowed between them. This table is the single
 * source: validation, the schema check and docs/article-file.md follow it.
 */
export const ENTITY_KINDS = ['Person', 'Country', 'Organization', 'Place', 'Document', 'Event', 'Concept'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const ANY: readonly EntityKind[] = ENTITY_KINDS;

export const RELATIONSHIP_RULES = {
  HOLDS_ROLE: { from: ['Person'], to: ['Country', 'Organization'] },
  ISSUED: { from: ['Person', 'Organization', 'Country'], to: ['Document'] },
  AGREED_TO: { from: ['Person', 'Organization', 'Country'], to: ['Document'] },
  REFERENCES: { from: ['Document'], to: ['Document', 'Concept'] },
  ABOUT: { from: ['Document', 'Event'], to: ANY },
  ISSUED_AT: { from: ['Document'], to: ['Event'] },
  PARTICIPATED_IN: { from: ['Person', 'Country', 'Organization'], to: ['Event'] },
  LOCATED_IN: { from: ['Place', 'Event'], to: ['Place', 'Country'] },
  PART_OF: {
    from: ['Organization', 'Place', 'Concept', 'Event'],
    to: ['Organization', 'Country', 'Place', 'Concept', 'Event'],
  },
} as const satisfies Record<string, { from: readonly EntityKind[]; to: readonly EntityKind[] }>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as [RelationshipType, ...RelationshipType[]];

export function isAllowedRelationship(type: RelationshipType, from: EntityKind, to: EntityKind): boolean {
  const rule = RELATIONSHIP_RULES[type];
  return (rule.from as readonly EntityKind[]).includes(from) && (rule.to as readonly EntityKind[]).includes(to);
}
