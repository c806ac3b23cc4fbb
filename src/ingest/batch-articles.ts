/**
 * Splits articles into batches of at most `size`, keeping their order. A batch ends early where
 * an article id would repeat in it: an article's outcome (created, replaced, unchanged) is
 * decided from the graph as its transaction starts, so an article named twice must be written
 * twice, one transaction after the other, as if the articles were written one by one.
 */
export function batchArticles<T>(articles: readonly T[], size: number, id: (article: T) => string): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`The batch size must be a whole number of articles, 1 or more (got ${size}).`);
  }
  const batches: T[][] = [];
  let batch: T[] = [];
  let ids = new Set<string>();
  for (const article of articles) {
    if (batch.length === size || ids.has(id(article))) {
      batches.push(batch);
      batch = [];
      ids = new Set();
    }
    batch.push(article);
    ids.add(id(article));
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
