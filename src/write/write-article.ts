import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { invariant } from '../errors';
import type { ArticleGraph, FactEndLabel } from './build-article-graph';
import { poolArticleRows, type FactStatementKey, type PooledRows } from './pool-article-rows';
import { FACT_RELATIONSHIP_TYPES } from '../vocabulary/relationship-types';

export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  articleId: string;
  outcome: WriteOutcome;
  /** The id of the Edit recorded with the write, when an editor was named. */
  editId?: string;
}

/** Who asked for the write (through the API), recorded as an Edit in the same transaction. */
export interface WriteAudit {
  by: string;
  details: Record<string, unknown>;
}

const FIND_ARTICLE_HASHES = `
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.contentHash AS contentHash`;

/**
 * An edited article replaces everything it contributed; shared entities stay. Every step starts
 * from an index, so that the cost does not grow with the rest of the graph: the article's
 * sentences (with their mentions and evidence) hang off the article; claims, quotes and facts
 * are found by their `articleId`, which cypher/schema.cypher indexes for claims, quotes and each
 * fact type; the types come from the closed list in relationship-types.ts, never from input. The
 * hints insist on seeks: with index statistics sampled while an index was nearly empty, the
 * planner chose to scan the whole index, and a cached plan can outlive such statistics. The
 * other relationships that carry an `articleId` (MENTIONED_IN, EVIDENCED_BY) end at one of the
 * article's sentences and go with it.
 */
export const REMOVE_ARTICLE_FACTS = `
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
WITH DISTINCT a
CALL (a) {
  MATCH (c:Claim {articleId: a.id}) USING INDEX SEEK c:Claim(articleId)
  DETACH DELETE c
}
CALL (a) {
  MATCH (q:Quote {articleId: a.id}) USING INDEX SEEK q:Quote(articleId)
  DETACH DELETE q
}
OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->()
DELETE p
WITH DISTINCT a
CALL (a) {
  MATCH ()-[doubt:POSSIBLY_SAME_AS {articleId: a.id}]->() USING INDEX SEEK doubt:POSSIBLY_SAME_AS(articleId)
  DELETE doubt
}
CALL (a) {
${FACT_RELATIONSHIP_TYPES.map(
  (type) => `  MATCH ()-[r:${type} {articleId: a.id}]->() USING INDEX SEEK r:${type}(articleId) RETURN r`,
).join('\n  UNION ALL\n')}
}
DELETE r`;

// Every write statement below takes `$rows` only, each row carrying its article's id, so that
// the same text writes one article or many.

const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.url = row.url,
    a.sourceName = row.sourceName,
    a.sourceUrl = row.sourceUrl,
    a.publishedOn = date(row.publishedOn),
    a.language = row.language,
    a.text = row.text,
    a.contentHash = row.contentHash,
    a.identity = row.identity,
    a.extracted = row.extracted`;

const MERGE_SENTENCES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = toInteger(row.index), s.start = toInteger(row.start),
    s.end = toInteger(row.end), s.text = row.text
MERGE (a)-[:HAS_SENTENCE]->(s)`;

// Entities are shared across articles: the first article names them, later ones add aliases
// and details (an event's date, a tweet's handle).
const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.description = row.description
SET e:$(row.kind),
    e += row.properties,
    e.date = CASE WHEN row.date IS NULL THEN e.date ELSE date(row.date) END,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)`;

const MERGE_PUBLISHERS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (p:Entity {id: row.publisherId})
MERGE (a)-[:PUBLISHED_BY]->(p)`;

const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (s:Sentence {id: row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(s)
SET m.text = row.text, m.articleId = row.articleId, m.extracted = row.extracted, m.confidence = row.confidence,
    m.reason = row.reason`;

const MERGE_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.articleId = row.articleId, c.retracted = coalesce(c.retracted, false),
    c.extracted = row.extracted, c.confidence = row.confidence`;

const MERGE_QUOTES = `
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.start = toInteger(row.start), q.end = toInteger(row.end),
    q.attributed = row.attributed, q.articleId = row.articleId, q.extracted = row.extracted, q.confidence = row.confidence`;

const FACT_END_LABELS: readonly FactEndLabel[] = ['Entity', 'Claim', 'Quote'];

/**
 * One statement per pair of end labels and fact type, so that each MATCH is an index seek on a
 * fixed label and each MERGE looks for a fixed type. (With the type given as `$(row.type)`, a
 * plan made while the graph was small scanned every relationship for each row.) The labels and
 * types come from the closed lists in build-article-graph.ts and relationship-types.ts, never
 * from input. JavaScript numbers reach Neo4j as floats: offsets are stored as integers, dates as
 * dates.
 */
const MERGE_FACTS = new Map<FactStatementKey, string>(
  FACT_END_LABELS.flatMap((from) =>
    FACT_END_LABELS.flatMap((to) =>
      FACT_RELATIONSHIP_TYPES.map((type): [FactStatementKey, string] => [
        `${from}->${to}:${type}`,
        `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r.articleId = row.articleId, r.sentenceId = row.sentenceId,
    r.start = toInteger(row.start), r.end = toInteger(row.end), r.text = row.text,
    r.title = row.title, r.asOf = date(row.asOf),
    r.asOfPrecision = CASE WHEN row.asOf IS NULL THEN null ELSE 'DAY' END,
    r.role = row.role, r.claimId = row.claimId, r.extracted = row.extracted, r.confidence = row.confidence`,
      ]),
    ),
  ),
);

function mergeFacts(key: FactStatementKey): string {
  const query = MERGE_FACTS.get(key);
  invariant(query, `every fact's type is in FACT_RELATIONSHIP_TYPES (got ${key})`);
  return query;
}

const MERGE_NODE_EVIDENCE = Object.fromEntries(
  FACT_END_LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (n:${label} {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
MERGE (n)-[e:EVIDENCED_BY {aspect: row.aspect, start: toInteger(row.start)}]->(s)
SET e.end = toInteger(row.end), e.text = row.text, e.articleId = row.articleId`,
  ]),
) as Record<FactEndLabel, string>;

// A doubt is kept as a link between the two nodes, found again by the article that raised it.
// A candidate the graph no longer holds (merged away, or deleted) gets no link.
const MERGE_POSSIBLE_MATCHES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (c:Entity {id: row.candidateId})
WHERE e <> c
MERGE (e)-[p:POSSIBLY_SAME_AS {articleId: row.articleId}]->(c)
SET p.score = row.score, p.reason = row.reason`;

export const RECORD_INGESTION = `
MATCH (a:Article {id: $articleId})
CREATE (edit:Edit {id: randomUUID(), action: 'INGEST_ARTICLE', by: $by, at: datetime(), details: $details})
CREATE (edit)-[:EDITED]->(a)
RETURN edit.id AS id`;

/** One UNWIND statement and its rows. */
export interface WriteStep {
  query: string;
  rows: readonly object[];
}

/**
 * The statements that write pooled rows, in the order they must run: nodes before the
 * relationships that join them. Kinds without rows are left out.
 */
export function writeSteps(rows: PooledRows): WriteStep[] {
  const steps: WriteStep[] = [
    { query: MERGE_ARTICLES, rows: rows.articles },
    { query: MERGE_SENTENCES, rows: rows.sentences },
    { query: MERGE_ENTITIES, rows: rows.entities },
    { query: MERGE_PUBLISHERS, rows: rows.publishers },
    { query: MERGE_MENTIONS, rows: rows.mentions },
    { query: MERGE_CLAIMS, rows: rows.claims },
    { query: MERGE_QUOTES, rows: rows.quotes },
    ...[...rows.facts].map(([key, facts]) => ({ query: mergeFacts(key), rows: facts })),
    ...[...rows.nodeEvidence].map(([label, evidence]) => ({ query: MERGE_NODE_EVIDENCE[label], rows: evidence })),
    { query: MERGE_POSSIBLE_MATCHES, rows: rows.possibleMatches },
  ];
  return steps.filter((step) => step.rows.length > 0);
}

/**
 * Writes one article in one transaction: all of it lands or none of it does, its audit record
 * included. An article whose file and text are unchanged is left alone, so re-running ingestion
 * changes nothing.
 */
export async function writeArticle(
  driver: Driver,
  database: string,
  graph: ArticleGraph,
  audit?: WriteAudit,
): Promise<WriteResult> {
  return inWriteTransaction(driver, database, async (tx) => {
    const [outcome] = await writeInTransaction(tx, [graph]);
    invariant(outcome, 'one outcome per article');
    if (!audit) return { articleId: graph.article.id, outcome };
    const { records } = await tx.run(RECORD_INGESTION, {
      articleId: graph.article.id,
      by: audit.by,
      details: JSON.stringify({ outcome, ...audit.details }),
    });
    return { articleId: graph.article.id, outcome, editId: records[0]?.get('id') as string };
  });
}

/**
 * Writes several articles in one transaction, each as writeArticle would: unchanged articles
 * are left alone, edited ones replaced. All of them land or none does. An article may appear
 * only once: its outcome is decided from the graph as the transaction starts.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  graphs: readonly ArticleGraph[],
): Promise<WriteResult[]> {
  const outcomes = await inWriteTransaction(driver, database, (tx) => writeInTransaction(tx, graphs));
  return graphs.map((graph, index) => ({ articleId: graph.article.id, outcome: outcomes[index]! }));
}

async function inWriteTransaction<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/**
 * Writes articles in the caller's transaction, each as writeArticle would; an article may appear
 * only once. Their ids are final: resolve-article-id.ts decides them.
 */
export async function writeInTransaction(
  tx: ManagedTransaction,
  graphs: readonly ArticleGraph[],
): Promise<WriteOutcome[]> {
  const articleIds = graphs.map((graph) => graph.article.id);
  invariant(new Set(articleIds).size === articleIds.length, 'an article appears once in a transaction');
  const { records } = await tx.run(FIND_ARTICLE_HASHES, { articleIds });
  const previousHashes = new Map(
    records.map((record) => [record.get('id') as string, record.get('contentHash') as string | null]),
  );
  const outcomes = graphs.map((graph): WriteOutcome => {
    if (!previousHashes.has(graph.article.id)) return 'created';
    return previousHashes.get(graph.article.id) === graph.article.contentHash ? 'unchanged' : 'replaced';
  });
  const replaced = articleIds.filter((_, index) => outcomes[index] === 'replaced');
  const changed = graphs.filter((_, index) => outcomes[index] !== 'unchanged');

  const statements: { query: string; parameters: Record<string, unknown> }[] = writeSteps(poolArticleRows(changed)).map(
    (step) => ({ query: step.query, parameters: { rows: step.rows } }),
  );
  if (replaced.length > 0) statements.unshift({ query: REMOVE_ARTICLE_FACTS, parameters: { articleIds: replaced } });
  // The statements are sent without waiting for each answer: the driver pipelines them in the
  // transaction and the server runs them in order, so a transaction costs a few round trips, not
  // one per statement (round trips, not the work, dominated the time per article).
  await Promise.all(statements.map(({ query, parameters }) => tx.run(query, parameters)));
  return outcomes;
}
