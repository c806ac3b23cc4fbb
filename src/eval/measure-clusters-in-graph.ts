import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Neo4jTarget } from '../config';
import { AppError } from '../errors';
import { ingestSources } from '../ingest/ingest-sources';
import { ingestLoadedArticle, type LoadedArticle } from '../ingest';
import { applySchema } from '../neo4j/apply-schema';
import { connect } from '../neo4j/driver';
import { startTemporaryNeo4j } from '../neo4j/local/start-temporary-neo4j';
import { readSources, type SourceItem } from '../sources';
import type { ClusterArticle, GraphFact, GraphMention } from './count-cluster-identity';
import type { ClusterSetArticle } from './load-cluster-set';
import { offsetMap } from './offset-map';

export interface GraphClusterArticle extends ClusterArticle {
  set: ClusterSetArticle;
  /** The id the extractor gave the article in the graph. */
  graphArticleId: string;
}

// The change log's node is set-up (`npm run db:schema` makes it), not data.
const IS_EMPTY = 'MATCH (n) WHERE NOT n:GraphChangeLog RETURN count(n) = 0 AS empty';
const ARTICLE_TEXT = 'MATCH (a:Article {id: $articleId}) RETURN a.text AS text';
const ARTICLE_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Sentence {articleId: $articleId})
RETURN e.id AS nodeId, [label IN labels(e) WHERE label <> 'Entity'][0] AS kind, m.start AS start, m.end AS end`;
const ARTICLE_FACTS = `
MATCH (x:Entity)-[r]->(y:Entity)
WHERE r.articleId = $articleId
RETURN type(r) AS type, x.id AS from, y.id AS to`;

/**
 * Runs `work` against an empty Neo4j with the schema applied: the one NEO4J_URI names when it is
 * set and empty (the evaluation writes, and must not mix with or wipe a user's graph), otherwise
 * a throwaway local server, deleted afterwards.
 */
export async function withEvaluationNeo4j<T>(
  target: Neo4jTarget,
  logger: Logger,
  work: (driver: Driver, database: string) => Promise<T>,
): Promise<T> {
  if (target.kind === 'external') {
    const { kind: _kind, ...connection } = target;
    const driver = await connect(connection);
    try {
      const { records } = await driver.executeQuery(IS_EMPTY, {}, { database: connection.database });
      if (records[0]?.get('empty') !== true) {
        throw new AppError(
          'EVAL_DATABASE_NOT_EMPTY',
          `The cross-article evaluation writes articles, and the database "${connection.database}" at ` +
            `${connection.uri} (NEO4J_URI) is not empty. Point NEO4J_URI and NEO4J_DATABASE at an empty ` +
            'database, unset NEO4J_URI to let it start a temporary local Neo4j, or pass --no-clusters.',
        );
      }
      await applySchema(driver, connection.database);
      return await work(driver, connection.database);
    } finally {
      await driver.close();
    }
  }
  logger.info('Starting a temporary Neo4j for the cross-article evaluation…');
  const server = await startTemporaryNeo4j({ folderPrefix: 'news-graph-eval-neo4j-', heap: '512m', logger });
  try {
    const driver = await connect(server);
    try {
      await applySchema(driver, server.database);
      return await work(driver, server.database);
    } finally {
      await driver.close();
    }
  } finally {
    await server.stop();
  }
}

/**
 * Writes the seed, then ingests each article of the set one after the other through the
 * extractor, as `npm run ingest` does, so that each is linked to everything written before it;
 * then reads back, per article, the graph's mentions (moved into the gold text) and facts.
 */
export async function measureClustersInGraph(
  driver: Driver,
  database: string,
  seed: LoadedArticle,
  articles: readonly ClusterSetArticle[],
): Promise<GraphClusterArticle[]> {
  await ingestLoadedArticle(driver, database, seed);
  const graphIds: string[] = [];
  for (const article of articles) {
    const items: SourceItem[] = [];
    for await (const item of readSources([article.source])) items.push(item);
    const [outcome] = await ingestSources(driver, database, items, { publishedOn: article.published });
    if (!outcome || 'error' in outcome) {
      throw outcome?.error ?? new Error(`${article.source} was not ingested`);
    }
    graphIds.push(outcome.result.articleId);
  }

  const read = async (query: string, articleId: string) =>
    (await driver.executeQuery(query, { articleId }, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const results: GraphClusterArticle[] = [];
  for (const [index, article] of articles.entries()) {
    const graphArticleId = graphIds[index]!;
    const [row] = await read(ARTICLE_TEXT, graphArticleId);
    const map = offsetMap(String(row?.text ?? ''), article.gold.text);
    const mentions: GraphMention[] = (await read(ARTICLE_MENTIONS, graphArticleId)).map((m) => {
      const start = map(toNumber(m.start));
      const end = map(toNumber(m.end));
      const mapped = start !== undefined && end !== undefined && end > start;
      return {
        nodeId: String(m.nodeId),
        kind: String(m.kind),
        ...(mapped ? { start, end } : {}),
      };
    });
    const facts: GraphFact[] = (await read(ARTICLE_FACTS, graphArticleId)).map((f) => ({
      type: String(f.type),
      from: String(f.from),
      to: String(f.to),
    }));
    results.push({ set: article, graphArticleId, gold: article.gold.data, mentions, facts });
  }
  return results;
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value && typeof (value as { toNumber?: unknown }).toNumber === 'function')
    return (value as { toNumber(): number }).toNumber();
  return Number(value);
}
