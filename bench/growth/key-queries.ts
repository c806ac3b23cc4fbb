/**
 * The queries a reader's request turns into, by what they look up. Each starts from an index
 * seek on a unique id (or the fulltext index), so its cost should not grow with the corpus.
 */
export const KEY_QUERIES = {
  'entity by id, with roles, events and quotes': `
MATCH (p:Person {id: $personId})
RETURN p.name AS name,
  COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(o) RETURN {title: r.title, at: o.name} } AS roles,
  COLLECT { MATCH (p)-[:PARTICIPATED_IN]->(e:Event) RETURN e.name } AS events,
  COLLECT { MATCH (p)-[:SAID]->(q:Quote) RETURN q.text } AS quotes`,
  'fact evidence by fact id': `
MATCH ()-[r:HOLDS_ROLE {id: $factId}]->()
MATCH (s:Sentence {id: r.sentenceId})<-[:HAS_SENTENCE]-(a:Article)
RETURN r.text AS text, s.text AS sentence, a.title AS article`,
  'claim with its evidence sentences': `
MATCH (c:Claim {id: $claimId})-[e:EVIDENCED_BY]->(s:Sentence)
RETURN c.text AS claim, collect(s.text) AS sentences`,
  'article sentences in order': `
MATCH (a:Article {id: $articleId})-[:HAS_SENTENCE]->(s:Sentence)
RETURN s.text AS text ORDER BY s.index`,
  'fulltext search for a rare name': `
CALL db.index.fulltext.queryNodes('search', $rareName) YIELD node, score
RETURN node.id AS id, score LIMIT 20`,
  // Not expected flat: a hub's links grow with every article that names it (shown for contrast).
  'hub links, first 20 by type (grows by design)': `
MATCH (e:Entity {id: 'country:syria'})-[r]-(other)
WHERE r.sentenceId IS NOT NULL
WITH r, other ORDER BY type(r), other.id LIMIT 20
RETURN type(r) AS type, other.id AS other`,
} as const;

export type KeyQueryName = keyof typeof KEY_QUERIES;

/** Queries whose db hits must stay flat as the corpus grows. */
export const FLAT_QUERIES = (Object.keys(KEY_QUERIES) as KeyQueryName[]).filter(
  (name) => !name.includes('grows by design'),
);
