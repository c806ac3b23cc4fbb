import type { Driver } from 'neo4j-driver';
import type { ArticleGraph, FactEndLabel } from '../../src/write/build-article-graph';
import { FACT_RELATIONSHIP_TYPES } from '../../src/vocabulary/relationship-types';

/*
 * The baseline the issue names: one auto-commit query per fact (and per sentence, entity,
 * mention, claim, quote and evidence row), each its own transaction. It writes what
 * src/write/write-article.ts writes, with the same index-backed MATCHes, so the only
 * difference measured is batching: UNWIND and one transaction per article.
 */

const ARTICLE = `
MERGE (a:Article {id: $row.id})
SET a.title = $row.title, a.url = $row.url, a.sourceName = $row.sourceName, a.sourceUrl = $row.sourceUrl,
    a.publishedOn = date($row.publishedOn), a.language = $row.language, a.text = $row.text,
    a.contentHash = $row.contentHash`;
const SENTENCE = `
MATCH (a:Article {id: $articleId})
MERGE (s:Sentence {id: $row.id})
SET s.articleId = $articleId, s.index = toInteger($row.index), s.start = toInteger($row.start),
    s.end = toInteger($row.end), s.text = $row.text
MERGE (a)-[:HAS_SENTENCE]->(s)`;
const ENTITY = `
MERGE (e:Entity {id: $row.id})
ON CREATE SET e.name = $row.name, e.description = $row.description
SET e:$($row.kind), e += $row.properties,
    e.date = CASE WHEN $row.date IS NULL THEN e.date ELSE date($row.date) END,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN $row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)`;
const PUBLISHER = `
MATCH (a:Article {id: $articleId}), (p:Entity {id: $publisherId})
MERGE (a)-[:PUBLISHED_BY]->(p)`;
const MENTION = `
MATCH (e:Entity {id: $row.entityId}), (s:Sentence {id: $row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: toInteger($row.start), end: toInteger($row.end)}]->(s)
SET m.text = $row.text, m.articleId = $articleId`;
const CLAIM = `MERGE (c:Claim {id: $row.id}) SET c.text = $row.text, c.articleId = $articleId`;
const QUOTE = `
MERGE (q:Quote {id: $row.id})
SET q.text = $row.text, q.start = toInteger($row.start), q.end = toInteger($row.end),
    q.attributed = $row.attributed, q.articleId = $articleId`;

const LABELS = ['Entity', 'Claim', 'Quote'] as const;
// Labels and types come from closed lists, never from input, as in write-article.ts; the type is
// fixed in each statement so that the MERGE seeks the type's id index, as the pipeline's does.
const FACT = new Map(
  LABELS.flatMap((from) =>
    LABELS.flatMap((to) =>
      FACT_RELATIONSHIP_TYPES.map((type) => [
        `${from}->${to}:${type}`,
        `
MATCH (a:${from} {id: $row.from}), (b:${to} {id: $row.to})
MERGE (a)-[r:${type} {id: $row.id}]->(b)
SET r.articleId = $row.articleId, r.sentenceId = $row.sentenceId,
    r.start = toInteger($row.start), r.end = toInteger($row.end), r.text = $row.text,
    r.title = $row.title, r.asOf = date($row.asOf),
    r.asOfPrecision = CASE WHEN $row.asOf IS NULL THEN null ELSE 'DAY' END,
    r.role = $row.role, r.claimId = $row.claimId`,
      ]),
    ),
  ),
);
const NODE_EVIDENCE = Object.fromEntries(
  LABELS.map((label) => [
    label,
    `
MATCH (n:${label} {id: $row.nodeId}), (s:Sentence {id: $row.sentenceId})
MERGE (n)-[e:EVIDENCED_BY {aspect: $row.aspect, start: toInteger($row.start)}]->(s)
SET e.end = toInteger($row.end), e.text = $row.text, e.articleId = $articleId`,
  ]),
) as Record<FactEndLabel, string>;

/** Writes an article one row at a time, each row in its own auto-commit transaction; returns the query count. */
export async function writeArticleNaively(driver: Driver, database: string, graph: ArticleGraph): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  const articleId = graph.article.id;
  let queries = 0;
  const run = async (query: string, parameters: Record<string, unknown>) => {
    queries += 1;
    await session.run(query, { articleId, ...parameters });
  };
  try {
    await run(ARTICLE, { row: graph.article });
    for (const row of graph.sentences) await run(SENTENCE, { row });
    for (const row of graph.entities) await run(ENTITY, { row });
    if (graph.article.publisherId) await run(PUBLISHER, { publisherId: graph.article.publisherId });
    for (const row of graph.mentions) await run(MENTION, { row });
    for (const row of graph.claims) await run(CLAIM, { row });
    for (const row of graph.quotes) await run(QUOTE, { row });
    for (const row of graph.facts) {
      const query = FACT.get(`${row.fromLabel}->${row.toLabel}:${row.type}`);
      if (!query) throw new Error(`A fact type outside FACT_RELATIONSHIP_TYPES: ${row.type}`);
      await run(query, { row });
    }
    for (const row of graph.nodeEvidence) await run(NODE_EVIDENCE[row.label], { row });
  } finally {
    await session.close();
  }
  return queries;
}
