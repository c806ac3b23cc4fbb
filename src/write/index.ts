export { buildArticleGraph, type ArticleGraph } from './build-article-graph';
export { graphCounts, type IngestResult } from './ingest-result';
export { migrateArticleIdentities } from './migrate-article-identities';
export { writeArticle, writeArticles, type WriteResult } from './write-article';
export { isArticleConflict, writeLoadedArticles, type ArticleConflict } from './write-loaded-articles';
