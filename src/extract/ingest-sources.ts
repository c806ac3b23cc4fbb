import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import {
  DEFAULT_INGEST_BATCH_SIZE,
  ingestLoadedArticles,
  isIngestFailure,
  validateArticleData,
  writeFailureError,
  type IngestResult,
  type LoadedArticle,
} from '../ingest';
import type { SourceItem } from '../sources';
import { articleInput } from './article-input';
import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';
import { gazetteerFromArticleFile, readGraphGazetteer } from './graph-gazetteer';

/** Changes when the extractor's rules change, so that re-ingesting rewrites older extractions. */
const EXTRACTOR_VERSION = '1';

export type SourceOutcome = { origin: string; result: IngestResult } | { origin: string; error: AppError };

export interface IngestSourcesOptions {
  /** Publication date for articles that give none (YYYY-MM-DD). */
  publishedOn?: string;
  /** Articles per transaction (DEFAULT_INGEST_BATCH_SIZE). */
  batchSize?: number;
  /** How long one article's extraction may take, in milliseconds (EXTRACTION_TIME_BUDGET_MS). */
  extractionBudgetMs?: number;
  /** Called for each input once it is written or refused. */
  onOutcome?: (outcome: SourceOutcome) => void;
}

/**
 * Extracts each article read from a file and writes it, linked to what the graph already holds
 * and to the articles before it in the same run (whose entities join the gazetteer as they are
 * extracted). Articles are written several per transaction by ingestLoadedArticles, each whole
 * or not at all. A bad input is reported as an error outcome and skipped; the others still go in.
 */
export async function ingestSources(
  driver: Driver,
  database: string,
  items: Iterable<SourceItem>,
  options: IngestSourcesOptions = {},
): Promise<SourceOutcome[]> {
  const batchSize = options.batchSize ?? DEFAULT_INGEST_BATCH_SIZE;
  const gazetteer = [...baseGazetteer(), ...(await readGraphGazetteer(driver, database))];
  const outcomes: SourceOutcome[] = [];
  const report = (outcome: SourceOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  let pending: { origin: string; loaded: LoadedArticle }[] = [];
  const writePending = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    const reports = await ingestLoadedArticles(
      driver,
      database,
      batch.map((article) => article.loaded),
      { batchSize },
    );
    reports.forEach((written, index) => {
      const { origin } = batch[index]!;
      report(
        isIngestFailure(written) ? { origin, error: writeFailureError(written, origin) } : { origin, result: written },
      );
    });
  };

  for (const item of items) {
    const origin = item.ok ? item.article.origin : item.origin;
    try {
      if (!item.ok) throw item.error;
      const input = articleInput(item.article, options.publishedOn);
      const extracted = extractArticle(input, gazetteer, { budgetMs: options.extractionBudgetMs });
      // The input, not what was extracted from it, tells an unchanged article: a re-run reads it
      // knowing more (its own entities are now in the graph) but must change nothing.
      const source = JSON.stringify({ extractor: EXTRACTOR_VERSION, ...input, origin: undefined });
      pending.push({ origin, loaded: validateArticleData(extracted, input.text, origin, source) });
      gazetteer.push(...gazetteerFromArticleFile(extracted));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      report({ origin, error });
    }
    if (pending.length >= batchSize) await writePending();
  }
  if (pending.length > 0) await writePending();
  return outcomes;
}
