import { isRetryableError, type Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import { batchArticles } from './batch-articles';
import { buildArticleGraph, type ArticleGraph } from './build-article-graph';
import { graphCounts, type IngestResult } from './ingest-article';
import type { LoadedArticle } from './load-article-file';
import { writeArticle, writeArticles } from './write-article';

/**
 * Articles per transaction. A transaction of one article spends as much on its statements and
 * commit as on the work; 39 to 156 articles per transaction (about 5,000 to 18,000 rows) wrote
 * about 4 times as fast, fastest at 50 (`npm run bench:ingest`, bench/results.md). Larger batches
 * hold locks on shared entities for longer and cost more to redo when a batch fails.
 */
export const DEFAULT_INGEST_BATCH_SIZE = 50;

/** An article whose transaction failed for a reason of its own (not the database's availability). */
export interface IngestFailure {
  articleId: string;
  error: Error;
}

export type ArticleIngestReport = IngestResult | IngestFailure;

export function isIngestFailure(report: ArticleIngestReport): report is IngestFailure {
  return 'error' in report;
}

/** What to tell the user of an article Neo4j refused; `origin` names the input it came from. */
export function writeFailureError(failure: IngestFailure, origin: string): AppError {
  return new AppError(
    'ARTICLE_WRITE_FAILED',
    `Neo4j refused article ${failure.articleId} (${origin}): ${failure.error.message}. ` +
      'Nothing of this article was written; the other articles were. ' +
      'Fix what the message names and run the command again: the articles already written are left as they are.',
    { cause: failure.error },
  );
}

export interface IngestArticlesOptions {
  /** Articles per transaction (DEFAULT_INGEST_BATCH_SIZE). */
  batchSize?: number;
  /** Called for each article once its transaction has committed, in the articles' order. */
  onWritten?: (result: IngestResult) => void;
  /** Called for each article that could not be written, in the articles' order. */
  onFailed?: (failure: IngestFailure) => void;
}

/**
 * Writes articles that loadArticleFile has already validated, several per transaction, each
 * kind of row pooled across the batch into one UNWIND statement. Each article's outcome is
 * decided as writeArticle would: unchanged articles are left alone, edited ones replaced, so
 * the graph ends as if the articles had been written one by one.
 *
 * When a batch's transaction fails for a reason other than a transient one, its articles are
 * written again one per transaction, so that one bad article does not sink the others; each
 * article's outcome or error is reported, in order. A transient failure that the driver's own
 * retries did not clear (the database unreachable, say) ends the run with that error: the
 * articles reported before it are written.
 */
export async function ingestLoadedArticles(
  driver: Driver,
  database: string,
  loaded: readonly LoadedArticle[],
  options: IngestArticlesOptions = {},
): Promise<ArticleIngestReport[]> {
  const batches = batchArticles(loaded, options.batchSize ?? DEFAULT_INGEST_BATCH_SIZE, (a) => a.data.article.id);
  const reports: ArticleIngestReport[] = [];
  for (const batch of batches) {
    const graphs = batch.map(buildArticleGraph);
    for (const report of await writeBatch(driver, database, graphs)) {
      reports.push(report);
      if (isIngestFailure(report)) options.onFailed?.(report);
      else options.onWritten?.(report);
    }
  }
  return reports;
}

async function writeBatch(
  driver: Driver,
  database: string,
  graphs: readonly ArticleGraph[],
): Promise<ArticleIngestReport[]> {
  try {
    const results = await writeArticles(driver, database, graphs);
    return results.map((result, index) => ({ ...result, counts: graphCounts(graphs[index]!) }));
  } catch (error) {
    if (isRetryableError(error)) throw error;
    if (graphs.length === 1) return [failure(graphs[0]!, error)];
  }
  // Nothing of the failed batch was written: one transaction per article finds the bad one(s).
  const reports: ArticleIngestReport[] = [];
  for (const graph of graphs) {
    try {
      reports.push({ ...(await writeArticle(driver, database, graph)), counts: graphCounts(graph) });
    } catch (error) {
      if (isRetryableError(error)) throw error;
      reports.push(failure(graph, error));
    }
  }
  return reports;
}

function failure(graph: ArticleGraph, error: unknown): IngestFailure {
  return { articleId: graph.article.id, error: error instanceof Error ? error : new Error(String(error)) };
}
