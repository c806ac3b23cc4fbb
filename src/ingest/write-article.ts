import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph, FactEndLabel, FactRow, NodeEvidenceRow } from './build-article-graph';
import { groupBy } from './group-by';

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

const FIND_ARTICLE_HASH = `
MATCH (a:Article {id: $articleId})
RETURN a.contentHash AS contentHash`;

// An edited article replaces everything it contributed; shared entities stay.
const REMOVE_ARTICLE_FACTS = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
WITH DISTINCT a
CALL (a) {
  MATCH (n:Claim|Quote {articleId: a.id})
  DETACH DELETE n
}
OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->()
DELETE p
WITH DISTINCT a
CALL (a) {
  MATCH ()-[r]->() WHERE r.articleId = a.id
  DELETE r
}`;

const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.url = $article.url,
    a.sourceName = $article.sourceName,
    a.sourceUrl = $article.sourceUrl,
    a.publishedOn = date($article.publishedOn),
    a.language = $article.language,
    a.text = $article.text,
    a.contentHash = $article.contentHash`;

const MERGE_SENTENCES = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = $articleId, s.index = toInteger(row.index), s.start = toInteger(row.start),
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

const MERGE_PUBLISHER = `
MATCH (a:Article {id: $articleId}), (p:Entity {id: $publisherId})
MERGE (a)-[:PUBLISHED_BY]->(p)`;

const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (s:Sentence {id: row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(s)
SET m.text = row.text, m.articleId = $articleId, m.extracted = row.extracted, m.confidence = row.confidence,
    m.reason = row.reason`;

const MERGE_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.articleId = $articleId, c.retracted = coalesce(c.retracted, false),
    c.extracted = row.extracted, c.confidence = row.confidence`;

const MERGE_QUOTES = `
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.start = toInteger(row.start), q.end = toInteger(row.end),
    q.attributed = row.attributed, q.articleId = $articleId, q.extracted = row.extracted, q.confidence = row.confidence`;

// JavaScript numbers reach Neo4j as floats: offsets are stored as integers, dates as dates.
const SET_FACT_PROPERTIES = `
SET r.articleId = row.articleId, r.sentenceId = row.sentenceId,
    r.start = toInteger(row.start), r.end = toInteger(row.end), r.text = row.text,
    r.title = row.title, r.asOf = date(row.asOf),
    r.asOfPrecision = CASE WHEN row.asOf IS NULL THEN null ELSE 'DAY' END,
    r.role = row.role, r.claimId = row.claimId, r.extracted = row.extracted, r.confidence = row.confidence`;

/**
 * One statement per pair of end labels, so that each MATCH is an index seek on a fixed label.
 * The labels come from the closed FactEndLabel union, never from input.
 */
const MERGE_FACTS = Object.fromEntries(
  (['Entity', 'Claim', 'Quote'] as const).flatMap((from) =>
    (['Entity', 'Claim', 'Quote'] as const).map((to) => [
      `${from}->${to}`,
      `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
${SET_FACT_PROPERTIES}`,
    ]),
  ),
) as Record<`${FactEndLabel}->${FactEndLabel}`, string>;

const MERGE_NODE_EVIDENCE = Object.fromEntries(
  (['Entity', 'Claim', 'Quote'] as const).map((label) => [
    label,
    `
UNWIND $rows AS row
MATCH (n:${label} {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
MERGE (n)-[e:EVIDENCED_BY {aspect: row.aspect, start: toInteger(row.start)}]->(s)
SET e.end = toInteger(row.end), e.text = row.text, e.articleId = $articleId`,
  ]),
) as Record<FactEndLabel, string>;

const RECORD_INGESTION = `
MATCH (a:Article {id: $articleId})
CREATE (edit:Edit {id: randomUUID(), action: 'INGEST_ARTICLE', by: $by, at: datetime(), details: $details})
CREATE (edit)-[:EDITED]->(a)
RETURN edit.id AS id`;

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
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const outcome = await writeInTransaction(tx, graph);
      if (!audit) return { articleId: graph.article.id, outcome };
      const { records } = await tx.run(RECORD_INGESTION, {
        articleId: graph.article.id,
        by: audit.by,
        details: JSON.stringify({ outcome, ...audit.details }),
      });
      return { articleId: graph.article.id, outcome, editId: records[0]?.get('id') as string };
    });
  } finally {
    await session.close();
  }
}

async function writeInTransaction(tx: ManagedTransaction, graph: ArticleGraph): Promise<WriteOutcome> {
  const articleId = graph.article.id;
  const existing = await tx.run(FIND_ARTICLE_HASH, { articleId });
  const previousHash = existing.records[0]?.get('contentHash') as string | undefined;
  if (previousHash === graph.article.contentHash) return 'unchanged';
  if (existing.records.length > 0) await tx.run(REMOVE_ARTICLE_FACTS, { articleId });

  // The statements are sent without waiting for each answer: the driver pipelines them in the
  // transaction and the server runs them in order, so an article costs a few round trips, not
  // one per statement (round trips, not the work, dominated the time per article).
  const pending = [
    tx.run(MERGE_ARTICLE, { article: graph.article }),
    tx.run(MERGE_SENTENCES, { articleId, rows: graph.sentences }),
    tx.run(MERGE_ENTITIES, { rows: graph.entities }),
  ];
  if (graph.article.publisherId) {
    pending.push(tx.run(MERGE_PUBLISHER, { articleId, publisherId: graph.article.publisherId }));
  }
  pending.push(
    tx.run(MERGE_MENTIONS, { articleId, rows: graph.mentions }),
    tx.run(MERGE_CLAIMS, { articleId, rows: graph.claims }),
    tx.run(MERGE_QUOTES, { articleId, rows: graph.quotes }),
  );
  for (const [pair, rows] of groupBy(graph.facts, (fact: FactRow) => `${fact.fromLabel}->${fact.toLabel}` as const)) {
    pending.push(tx.run(MERGE_FACTS[pair], { rows }));
  }
  for (const [label, rows] of groupBy(graph.nodeEvidence, (row: NodeEvidenceRow) => row.label)) {
    pending.push(tx.run(MERGE_NODE_EVIDENCE[label], { articleId, rows }));
  }
  await Promise.all(pending);
  return existing.records.length > 0 ? 'replaced' : 'created';
}
