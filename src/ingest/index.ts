export { ingestArticle, ingestLoadedArticle, type IngestResult } from './ingest-article';
export {
  DEFAULT_INGEST_BATCH_SIZE,
  ingestLoadedArticles,
  isIngestFailure,
  type ArticleIngestReport,
  type IngestArticlesOptions,
  type IngestFailure,
  writeFailureError,
} from './ingest-articles';
export { loadArticleFile, parseArticleFile, validateArticleData, type LoadedArticle } from './load-article-file';
export { ArticleFileError, type ArticleFileIssue } from './article-file-error';
export { buildArticleGraph, type ArticleGraph } from './build-article-graph';
export { segmentSentences } from './segment-sentences';
export { entityId, slugify } from './normalize-id';
export { ENTITY_KINDS, RELATIONSHIP_TYPES, RELATIONSHIP_RULES } from './relationship-types';
export { articleIdentity, normalizeArticleUrl } from './article-identity';
