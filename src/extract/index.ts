export { articleInput } from './article-input';
export { extractArticle } from './extract-article';
export { baseGazetteer, type GazetteerEntry } from './gazetteer';
export { gazetteerFromArticleFile, readGraphGazetteer } from './graph-gazetteer';
