import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import { ingestLoadedArticle, validateArticleData, type IngestResult } from '../ingest';
import type { SourceItem } from '../sources';
import { articleInput } from './article-input';
import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';
import { gazetteerFromArticleFile, readGraphGazetteer } from './graph-gazetteer';

/** Changes when the extractor's rules change, so that re-ingesting rewrites older extractions. */
const EXTRACTOR_VERSION = '1';

export type SourceOutcome = { origin: string; result: IngestResult } | { origin: string; error: AppError };

/**
 * Extracts each article read from a file and writes it, each in its own transaction, linked to
 * what the graph already holds (and to the articles before it in the same run). A bad input is
 * reported as an error outcome and skipped; the others still go in.
 */
export async function ingestSources(
  driver: Driver,
  database: string,
  items: Iterable<SourceItem>,
  options: { publishedOn?: string; onOutcome?: (outcome: SourceOutcome) => void } = {},
): Promise<SourceOutcome[]> {
  const gazetteer = [...baseGazetteer(), ...(await readGraphGazetteer(driver, database))];
  const outcomes: SourceOutcome[] = [];
  for (const item of items) {
    const origin = item.ok ? item.article.origin : item.origin;
    let outcome: SourceOutcome;
    try {
      if (!item.ok) throw item.error;
      const input = articleInput(item.article, options.publishedOn);
      const extracted = extractArticle(input, gazetteer);
      // The input, not what was extracted from it, tells an unchanged article: a re-run reads it
      // knowing more (its own entities are now in the graph) but must change nothing.
      const source = JSON.stringify({ extractor: EXTRACTOR_VERSION, ...input, origin: undefined });
      const loaded = validateArticleData(extracted, input.text, origin, source);
      const result = await ingestLoadedArticle(driver, database, loaded);
      gazetteer.push(...gazetteerFromArticleFile(extracted));
      outcome = { origin, result };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome = { origin, error };
    }
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}
