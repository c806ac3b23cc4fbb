import type { Driver } from 'neo4j-driver';
import type { ArticleGraph, FactEndLabel } from '../../src/ingest/build-article-graph';
import { groupBy } from '../../src/ingest/group-by';

/*
 * For the batch-size curve: the rows of many articles pooled by kind and written with UNWIND in
 * batches of a chosen number of rows, one transaction per batch. Same statements as
 * src/ingest/write-article.ts, except that each row carries its article's id. A load into an
 * empty database only: it does not replace an article's earlier contribution.
 */

const ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.sourceName = row.sourceName, a.sourceUrl = row.sourceUrl,
    a.publishedOn = date(row.publishedOn), a.language = row.language, a.text = row.text,
    a.contentHash = row.contentHash`;
const SENTENCES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = toInteger(row.index), s.start = toInteger(row.start),
    s.end = toInteger(row.end), s.text = row.text
MERGE (a)-[:HAS_SENTENCE]->(s)`;
const ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.description = row.description
SET e:$(row.kind), e += row.properties,
    e.date = CASE WHEN row.date IS NULL THEN e.date ELSE date(row.date) END,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)`;
const PUBLISHERS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (p:Entity {id: row.publisherId})
MERGE (a)-[:PUBLISHED_BY]->(p)`;
const MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (s:Sentence {id: row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(s)
SET m.text = row.text, m.articleId = row.articleId`;
const CLAIMS = `UNWIND $rows AS row MERGE (c:Claim {id: row.id}) SET c.text = row.text, c.articleId = row.articleId`;
const QUOTES = `
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.start = toInteger(row.start), q.end = toInteger(row.end),
    q.attributed = row.attributed, q.articleId = row.articleId`;

const LABELS = ['Entity', 'Claim', 'Quote'] as const;
// Labels come from the closed FactEndLabel union, never from input, as in write-article.ts.
const FACTS = Object.fromEntries(
  LABELS.flatMap((from) =>
    LABELS.map((to) => [
      `${from}->${to}`,
      `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r.articleId = row.articleId, r.sentenceId = row.sentenceId,
    r.start = toInteger(row.start), r.end = toInteger(row.end), r.text = row.text,
    r.title = row.title, r.asOf = date(row.asOf),
    r.asOfPrecision = CASE WHEN row.asOf IS NULL THEN null ELSE 'DAY' END,
    r.role = row.role, r.claimId = row.claimId`,
    ]),
  ),
) as Record<`${FactEndLabel}->${FactEndLabel}`, string>;
const NODE_EVIDENCE = Object.fromEntries(
  LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (n:${label} {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
MERGE (n)-[e:EVIDENCED_BY {aspect: row.aspect, start: toInteger(row.start)}]->(s)
SET e.end = toInteger(row.end), e.text = row.text, e.articleId = row.articleId`,
  ]),
) as Record<FactEndLabel, string>;

/** Writes many articles' rows in batches of `batchRows` rows per transaction; returns the rows written. */
export async function writeArticlesInBatches(
  driver: Driver,
  database: string,
  graphs: readonly ArticleGraph[],
  batchRows: number,
): Promise<number> {
  const withArticle = <T extends object>(pick: (graph: ArticleGraph) => readonly T[]) =>
    graphs.flatMap((graph) => pick(graph).map((row) => ({ ...row, articleId: graph.article.id })));
  // Nodes first, then the relationships that join them.
  const steps: [string, object[]][] = [
    [ARTICLES, graphs.map((graph) => graph.article)],
    [SENTENCES, withArticle((graph) => graph.sentences)],
    [ENTITIES, graphs.flatMap((graph) => graph.entities)],
    [CLAIMS, withArticle((graph) => graph.claims)],
    [QUOTES, withArticle((graph) => graph.quotes)],
    [
      PUBLISHERS,
      graphs
        .filter((graph) => graph.article.publisherId)
        .map((graph) => ({ articleId: graph.article.id, publisherId: graph.article.publisherId })),
    ],
    [MENTIONS, withArticle((graph) => graph.mentions)],
    ...[
      ...groupBy(
        graphs.flatMap((graph) => graph.facts),
        (fact) => `${fact.fromLabel}->${fact.toLabel}` as const,
      ),
    ].map(([pair, rows]): [string, object[]] => [FACTS[pair], rows]),
    ...[
      ...groupBy(
        withArticle((graph) => graph.nodeEvidence),
        (row) => row.label,
      ),
    ].map(([label, rows]): [string, object[]] => [NODE_EVIDENCE[label], rows]),
  ];
  let written = 0;
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const [query, rows] of steps) {
      for (let start = 0; start < rows.length; start += batchRows) {
        const batch = rows.slice(start, start + batchRows);
        await session.executeWrite((tx) => tx.run(query, { rows: batch }));
        written += batch.length;
      }
    }
  } finally {
    await session.close();
  }
  return written;
}
