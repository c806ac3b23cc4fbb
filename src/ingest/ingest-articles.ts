import { isRetryableError, type Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import { batchArticles } from '../write/batch-articles';
import { articleIdentity } from '../vocabulary/article-identity';
import type { IngestResult } from '../write/ingest-result';
import type { LoadedArticle } from './load-article-file';
import { isArticleConflict, writeLoadedArticles, type LoadedWriteReport } from '../write/write-loaded-articles';

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
  // An error of ours (an id conflict) already says what to do; it only lacks the input's name.
  if (failure.error instanceof AppError) {
    return new AppError(failure.error.code, `${origin}: ${failure.error.message}`, { cause: failure.error });
  }
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
  const batches = batchArticles(loaded, options.batchSize ?? DEFAULT_INGEST_BATCH_SIZE, (article) => [
    article.data.article.id,
    articleIdentityOf(article),
  ]);
  const reports: ArticleIngestReport[] = [];
  for (const batch of batches) {
    for (const report of await writeBatch(driver, database, batch)) {
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
  batch: readonly LoadedArticle[],
): Promise<ArticleIngestReport[]> {
  try {
    return (await writeLoadedArticles(driver, database, batch)).map(asIngestReport);
  } catch (error) {
    if (isRetryableError(error)) throw error;
    if (batch.length === 1) return [failure(batch[0]!, error)];
  }
  // Nothing of the failed batch was written: one transaction per article finds the bad one(s).
  const reports: ArticleIngestReport[] = [];
  for (const article of batch) {
    try {
      reports.push(...(await writeLoadedArticles(driver, database, [article])).map(asIngestReport));
    } catch (error) {
      if (isRetryableError(error)) throw error;
      reports.push(failure(article, error));
    }
  }
  return reports;
}

function asIngestReport(report: LoadedWriteReport): ArticleIngestReport {
  return isArticleConflict(report) ? { articleId: report.articleId, error: report.conflict } : report;
}

function failure(article: LoadedArticle, error: unknown): IngestFailure {
  return {
    articleId: article.data.article.id,
    error: error instanceof Error ? error : new Error(String(error)),
  };
}

/** What identifies an article, which a batch may hold once (article-identity.ts). */
function articleIdentityOf({ data, text }: LoadedArticle): string {
  const { article } = data;
  return articleIdentity({ url: article.url, sourceName: article.source.name, publishedOn: article.publishedOn, text });
}
