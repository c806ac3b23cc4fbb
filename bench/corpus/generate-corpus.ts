import type { LoadedArticle } from '../../src/ingest/load-article-file';
import { generateArticle, type CorpusOptions } from './generate-article';

export { generateArticle, syntheticArticleId, type CorpusOptions } from './generate-article';

/**
 * Articles `from` (included) to `to` (excluded) of a seeded synthetic corpus, made one at a
 * time, so a 50,000-article corpus never sits in memory whole.
 */
export function* generateCorpus(options: CorpusOptions, to: number, from = 0): Generator<LoadedArticle> {
  for (let index = from; index < to; index += 1) yield generateArticle(index, options);
}
