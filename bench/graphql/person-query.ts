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

/** The same read written by hand, one Cypher query with pattern comprehensions. */
export const PERSON_CYPHER = `
MATCH (p:Person {id: $id})
RETURN p {
  .id, .name,
  rolesInCountries: [(p)-[r:HOLDS_ROLE]->(c:Country) | {title: r.title, asOf: toString(r.asOf), text: r.text, name: c.name}],
  rolesInOrganizations: [(p)-[r:HOLDS_ROLE]->(o:Organization) | {title: r.title, asOf: toString(r.asOf), text: r.text, name: o.name}],
  participatedIn: [(p)-[:PARTICIPATED_IN]->(e:Event) | e {.id, .name, .dateValue}],
  quotes: [(p)-[:SAID]->(q:Quote) | q {
    .id, .text,
    evidence: [(q)-[ev:EVIDENCED_BY]->(s:Sentence) | {start: ev.start, end: ev.end, text: ev.text, sentence: s {.id, .text}}]
  }]
} AS person`;

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
