export { ingestArticle, ingestLoadedArticle } from './ingest-article';
export {
  DEFAULT_INGEST_BATCH_SIZE,
  ingestLoadedArticles,
  isIngestFailure,
  type ArticleIngestReport,
  type IngestArticlesOptions,
  type IngestFailure,
  writeFailureError,
} from './ingest-articles';
export { extractSourceArticle, ingestSources, type IngestSourcesOptions, type SourceOutcome } from './ingest-sources';
export { loadArticleFile, parseArticleFile, validateArticleData, type LoadedArticle } from './load-article-file';
export type { IngestResult } from '../write';
