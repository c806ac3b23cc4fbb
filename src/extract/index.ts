export type { TextAnalysis } from './analyze-text';
export { articleInput } from './article-input';
export { extractArticle } from './extract-article';
export { DEFAULT_EXTRACTION_BUDGET_MS } from './extraction-deadline';
export { analysesAhead, ExtractionPool } from './extraction-pool';
export { baseGazetteer, withGraphEntries, type GazetteerEntry } from './gazetteer';
export { gazetteerFromArticleFile, readGraphGazetteer } from './graph-gazetteer';
