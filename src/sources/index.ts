export { readSources, DEFAULT_MAX_ARTICLE_BYTES, type ReadSourcesOptions } from './read-sources';
export { articleFromText, type ArticleMeta } from './article-from-text';
export { type SourceArticle, type SourceItem, type SourceFormat } from './source-article';
export { calendarDayProblem, parsePublishedDate } from './parse-published-date';
export { detectLanguage, MIN_WORDS_TO_JUDGE_LANGUAGE, type DetectedLanguage } from './detect-language';
export { BOILERPLATE_PATTERNS } from './normalize-text';
export { SUPPORTED_EXTENSIONS } from './source-errors';
