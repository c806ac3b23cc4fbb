/** The nested read both arms answer: a person, their roles, events, quotes and each quote's evidence. */
export const PERSON_GRAPHQL = `
query Person($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id
    name
    rolesInCountriesConnection { edges { properties { title asOf text } node { name } } }
    rolesInOrganizationsConnection { edges { properties { title asOf text } node { name } } }
    participatedIn { id name dateValue }
    quotes {
      id
      text
      evidenceConnection { edges { properties { start end text } node { id text } } }
    }
  }
}`;

/**
 * The same read written by hand, one Cypher query with pattern comprehensions. Each list is cut
 * at 20, the API's default page size, so that a popular person costs both arms alike.
 */
export const PERSON_CYPHER = `
MATCH (p:Person {id: $id})
RETURN p {
  .id, .name,
  rolesInCountries: [(p)-[r:HOLDS_ROLE]->(c:Country) | {title: r.title, asOf: toString(r.asOf), text: r.text, name: c.name}][..20],
  rolesInOrganizations: [(p)-[r:HOLDS_ROLE]->(o:Organization) | {title: r.title, asOf: toString(r.asOf), text: r.text, name: o.name}][..20],
  participatedIn: [(p)-[:PARTICIPATED_IN]->(e:Event) | e {.id, .name, .dateValue}][..20],
  quotes: [(p)-[:SAID]->(q:Quote) | q {
    .id, .text,
    evidence: [(q)-[ev:EVIDENCED_BY]->(s:Sentence) | {start: ev.start, end: ev.end, text: ev.text, sentence: s {.id, .text}}][..20]
  }][..20]
} AS person`;

/** An entity's links with their evidence sentences, written by hand (the README's `entityLinks`, 20 of them). */
export const ENTITY_LINKS_CYPHER = `
MATCH (e:Entity {id: $id})-[r]-(other)
WHERE r.sentenceId IS NOT NULL AND (other:Entity OR other:Claim OR other:Quote)
WITH e, r, other
ORDER BY type(r), coalesce(other.name, other.text), r.start
LIMIT 20
MATCH (a:Article {id: r.articleId})-[:HAS_SENTENCE]->(s:Sentence)
WHERE s.start < r.end AND r.start < s.end
WITH e, r, other, a, min(s.start) AS sentenceStart, max(s.end) AS sentenceEnd
ORDER BY type(r), coalesce(other.name, other.text), r.start
RETURN {
  relationship: type(r),
  direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
  otherId: other.id,
  otherName: coalesce(other.name, other.text),
  otherKind: [label IN labels(other) WHERE label <> 'Entity'][0],
  evidence: r.text,
  sentence: substring(a.text, sentenceStart, sentenceEnd - sentenceStart)
} AS row`;

/** An entity's events in date order, undated last, written by hand (the README's `timeline`, 20 of them). */
export const TIMELINE_CYPHER = `
MATCH (e:Entity {id: $id})-[r]-(event:Event)
WHERE r.id IS NOT NULL
WITH DISTINCT event
ORDER BY event.date IS NULL, event.date, event.name
LIMIT 20
RETURN event {.id, .name, .dateValue} AS row`;

interface Role {
  title: string;
  asOf: string;
  text: string;
  name: string;
}

/** What both answers must agree on, in one order: roles, event ids, quotes with their evidence. */
export function canonicalPerson(person: {
  id: string;
  name: string;
  roles: Role[];
  events: string[];
  quotes: { id: string; text: string; evidence: string[] }[];
}): string {
  const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
  return JSON.stringify([
    person.id,
    person.name,
    // Fixed key order: Cypher maps and GraphQL objects list their keys in different orders.
    sorted(person.roles.map(({ title, asOf, text, name }) => [title, asOf, text, name])),
    [...person.events].sort(),
    sorted(person.quotes.map((quote) => ({ ...quote, evidence: [...quote.evidence].sort() }))),
  ]);
}

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- loosely typed JSON answers */
export function canonicalFromGraphql(body: any): string {
  const p = body.data.people[0];
  const roles = [...p.rolesInCountriesConnection.edges, ...p.rolesInOrganizationsConnection.edges].map((edge: any) => ({
    title: edge.properties.title,
    asOf: edge.properties.asOf,
    text: edge.properties.text,
    name: edge.node.name,
  }));
  return canonicalPerson({
    id: p.id,
    name: p.name,
    roles,
    events: p.participatedIn.map((event: any) => event.id),
    quotes: p.quotes.map((quote: any) => ({
      id: quote.id,
      text: quote.text,
      evidence: quote.evidenceConnection.edges.map((edge: any) => `${edge.node.id}:${edge.properties.text}`),
    })),
  });
}

export function canonicalFromCypher(body: any): string {
  const p = body.person;
  return canonicalPerson({
    id: p.id,
    name: p.name,
    roles: [...p.rolesInCountries, ...p.rolesInOrganizations],
    events: p.participatedIn.map((event: any) => event.id),
    quotes: p.quotes.map((quote: any) => ({
      id: quote.id,
      text: quote.text,
      evidence: quote.evidence.map((ev: any) => `${ev.sentence.id}:${ev.text}`),
    })),
  });
}
/* eslint-enable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any */
