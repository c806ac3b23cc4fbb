import type { Driver } from 'neo4j-driver';
import { invariant } from '../errors';
import type { IngestResult } from '../write/ingest-result';
import { loadArticleFile, type LoadedArticle } from './load-article-file';
import { isArticleConflict, writeLoadedArticles } from '../write/write-loaded-articles';

export { graphCounts, type IngestResult } from '../write/ingest-result';

/** Validates an article file completely, then writes it in one transaction. */
export async function ingestArticle(driver: Driver, database: string, file: string): Promise<IngestResult> {
  return ingestLoadedArticle(driver, database, await loadArticleFile(file));
}

/**
 * Writes an article that loadArticleFile has already validated, in one transaction. With
 * `editedBy` (a write through the API), the transaction also records who ingested it. An
 * article whose id or identity is another stored article's is refused with ARTICLE_ID_CONFLICT.
 */
export async function ingestLoadedArticle(
  driver: Driver,
  database: string,
  loaded: LoadedArticle,
  options: { editedBy?: string } = {},
): Promise<IngestResult> {
  const [report] = await writeLoadedArticles(driver, database, [loaded], options);
  invariant(report, 'one report per article');
  if (isArticleConflict(report)) throw report.conflict;
  return report;
}
