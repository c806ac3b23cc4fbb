import { performance } from 'node:perf_hooks';
import { articleInput } from '../../src/extract/article-input';
import { extractArticle } from '../../src/extract/extract-article';
import { analysesAhead, ExtractionPool } from '../../src/extract/extraction-pool';
import type { GazetteerEntry } from '../../src/extract/gazetteer';
import { gazetteerIndex } from '../../src/extract/gazetteer-index';
import { gazetteerFromArticleFile } from '../../src/extract/graph-gazetteer';
import type { SourceItem } from '../../src/sources';
import { rounds } from '../support/stats';

/** Texts each pool tags per worker before the clock starts. */
const WARM_UP_TEXTS = 20;

/** No pool: every article's text analysed in the main thread, as before worker threads. */
export const IN_THREAD = 0;

/**
 * Extraction of a run of articles as `ingestSources` does it (each article's entities known to
 * the next), with its texts analysed in this thread or on a pool of workers, in rotating order:
 * milliseconds per article for each pool size. Pools are started and warmed up before the clock
 * starts (their start-up is a cost per run, not per article).
 */
export async function extractionPerArticle(
  items: readonly SourceItem[],
  gazetteer: readonly GazetteerEntry[],
  poolSizes: readonly number[],
  runs: number,
): Promise<Map<number, number[]>> {
  const pools = new Map(poolSizes.map((size) => [size, size === IN_THREAD ? undefined : new ExtractionPool(size)]));
  try {
    // The tagger is slow on its first texts in a fresh thread (JIT): each worker tags a few first.
    const warmUp = items.flatMap((item) => (item.ok ? [articleInput(item.article)] : [])).slice(0, WARM_UP_TEXTS);
    for (const pool of pools.values()) {
      if (!pool) continue;
      for (let round = 0; round < pool.size; round += 1) {
        await Promise.all(warmUp.map((input) => pool.analyze(input, 60_000)));
      }
    }
    const arms = Object.fromEntries(
      poolSizes.map((size) => [
        String(size),
        async () => {
          const run = [...gazetteer];
          gazetteerIndex(run); // the run's one-time index, as ingestSources builds it before its first article
          const started = performance.now();
          for (const { item, analysis } of analysesAhead(items, pools.get(size), { budgetMs: 60_000 })) {
            if (!item.ok) throw item.error;
            const file = extractArticle(articleInput(item.article), run, { analysis: await analysis });
            run.push(...gazetteerFromArticleFile(file));
          }
          return (performance.now() - started) / items.length;
        },
      ]),
    );
    const samples = await rounds(runs, arms);
    return new Map(poolSizes.map((size) => [size, samples[String(size)]!]));
  } finally {
    for (const pool of pools.values()) await pool?.close();
  }
}
