/**
 * Splits articles into batches of at most `size`, keeping their order. A batch ends early where
 * a key of an article (its id, its identity) would repeat in it: an article's id and outcome
 * (created, replaced, unchanged) are decided from the graph as its transaction starts, so an
 * article named twice must be written twice, one transaction after the other, as if the
 * articles were written one by one.
 */
export function batchArticles<T>(articles: readonly T[], size: number, keys: (article: T) => string[]): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`The batch size must be a whole number of articles, 1 or more (got ${size}).`);
  }
  const batches: T[][] = [];
  let batch: T[] = [];
  let seen = new Set<string>();
  for (const article of articles) {
    const articleKeys = keys(article);
    if (batch.length === size || articleKeys.some((key) => seen.has(key))) {
      batches.push(batch);
      batch = [];
      seen = new Set();
    }
    batch.push(article);
    for (const key of articleKeys) seen.add(key);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
