import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph } from './build-article-graph';

export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  articleId: string;
  outcome: WriteOutcome;
}

const FIND_ARTICLE_HASH = `
MATCH (a:Article {id: $articleId})
RETURN a.contentHash AS contentHash`;

// An edited article replaces everything it contributed; shared entities stay.
const REMOVE_ARTICLE_FACTS = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (q:Quote {articleId: $articleId})
DETACH DELETE s, q
WITH DISTINCT a
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

// Entities are shared across articles: the first article names them, later ones add aliases.
const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.description = row.description
SET e:$(row.kind),
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)`;

const MERGE_PUBLISHER = `
MATCH (a:Article {id: $articleId}), (p:Entity {id: $publisherId})
MERGE (a)-[:PUBLISHED_BY]->(p)`;

const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (s:Sentence {id: row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(s)
SET m.text = row.text, m.articleId = $articleId`;

const MERGE_QUOTES = `
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.start = toInteger(row.start), q.end = toInteger(row.end), q.articleId = $articleId
WITH q, row
MATCH (speaker:Entity {id: row.speakerId})
MERGE (speaker)-[said:SAID]->(q)
SET said.articleId = $articleId
WITH q, row
CALL (q, row) {
  UNWIND row.sentenceIds AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (q)-[:IN_SENTENCE]->(s)
}
CALL (q, row) {
  MATCH (reporter:Entity {id: row.reportedById})
  MERGE (q)-[reported:REPORTED_BY]->(reporter)
  SET reported.articleId = $articleId
}`;

// JavaScript numbers reach Neo4j as floats: offsets are stored as integers, dates as dates.
const SET_FACT_PROPERTIES = `
SET r.articleId = row.articleId, r.sentenceId = row.sentenceId,
    r.start = toInteger(row.start), r.end = toInteger(row.end), r.text = row.text,
    r.title = row.title, r.asOf = date(row.asOf)`;

const MERGE_ENTITY_FACTS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
${SET_FACT_PROPERTIES}`;

const MERGE_QUOTE_FACTS = `
UNWIND $rows AS row
MATCH (a:Quote {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
${SET_FACT_PROPERTIES}`;

/**
 * Writes one article in one transaction: all of it lands or none of it does. An article whose
 * file and text are unchanged is left alone, so re-running ingestion changes nothing.
 */
export async function writeArticle(driver: Driver, database: string, graph: ArticleGraph): Promise<WriteResult> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    const outcome = await session.executeWrite((tx) => writeInTransaction(tx, graph));
    return { articleId: graph.article.id, outcome };
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

  await tx.run(MERGE_ARTICLE, { article: graph.article });
  await tx.run(MERGE_SENTENCES, { articleId, rows: graph.sentences });
  await tx.run(MERGE_ENTITIES, { rows: graph.entities });
  if (graph.article.publisherId) {
    await tx.run(MERGE_PUBLISHER, { articleId, publisherId: graph.article.publisherId });
  }
  await tx.run(MERGE_MENTIONS, { articleId, rows: graph.mentions });
  await tx.run(MERGE_QUOTES, { articleId, rows: graph.quotes });
  await tx.run(MERGE_ENTITY_FACTS, { rows: graph.facts.filter((fact) => !fact.fromQuote) });
  await tx.run(MERGE_QUOTE_FACTS, { rows: graph.facts.filter((fact) => fact.fromQuote) });
  return existing.records.length > 0 ? 'replaced' : 'created';
}
