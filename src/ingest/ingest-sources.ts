import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import { DEFAULT_INGEST_BATCH_SIZE, ingestLoadedArticles, isIngestFailure, writeFailureError } from './ingest-articles';
import type { IngestResult } from '../write/ingest-result';
import { validateArticleData, type LoadedArticle } from './load-article-file';
import {
  combinedCandidates,
  graphCandidates,
  PendingCandidates,
  resolveArticle,
  type CandidateSource,
} from '../resolve';
import { calendarDayProblem, type SourceArticle, type SourceItem } from '../sources';
import {
  analysesAhead,
  articleInput,
  baseGazetteer,
  withGraphEntries,
  DEFAULT_EXTRACTION_BUDGET_MS,
  ExtractionPool,
  extractArticle,
  gazetteerFromArticleFile,
  readGraphGazetteer,
  type GazetteerEntry,
  type TextAnalysis,
} from '../extract';

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
  /** Worker threads that analyse the next articles' texts while one is linked and written (0: none, all in this thread). */
  extractionWorkers?: number;
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
  const dateProblem = options.publishedOn === undefined ? undefined : calendarDayProblem(options.publishedOn);
  if (dateProblem) {
    // Checked before anything is read or written: every article without a date of its own would take it.
    throw new AppError(
      'SOURCE_BAD_DATE',
      `The publication date given for articles without one is not a day of the calendar: ${dateProblem}. ` +
        'Give the day the articles were published, YYYY-MM-DD.',
    );
  }
  const gazetteer = withGraphEntries(baseGazetteer(), await readGraphGazetteer(driver, database));
  // Earlier articles of this run wait to be written several per transaction; a later one
  // resolves to their documents and events as it would to the graph's.
  const pendingCandidates = new PendingCandidates();
  const candidates = combinedCandidates(graphCandidates(driver, database), pendingCandidates);
  const outcomes: SourceOutcome[] = [];
  const report = (outcome: SourceOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  let pending: { origin: string; loaded: LoadedArticle }[] = [];
  const writePending = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    pendingCandidates.clear();
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

  const budgetMs = options.extractionBudgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS;
  const pool = options.extractionWorkers ? new ExtractionPool(options.extractionWorkers) : undefined;
  const inputs = analysesAhead(items, pool, { publishedOn: options.publishedOn, budgetMs });
  try {
    for (const { item, analysis } of inputs) {
      const origin = item.ok ? item.article.origin : item.origin;
      try {
        if (!item.ok) throw item.error;
        const loaded = await extractSourceArticle(item.article, gazetteer, {
          publishedOn: options.publishedOn,
          candidates,
          budgetMs,
          analysis: await analysis,
        });
        pending.push({ origin, loaded });
        gazetteer.push(...gazetteerFromArticleFile(loaded.data));
        pendingCandidates.add(loaded.data);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        report({ origin, error });
      }
      if (pending.length >= batchSize) await writePending();
    }
    if (pending.length > 0) await writePending();
  } finally {
    await pool?.close();
  }
  return outcomes;
}

/**
 * Extracts one article read from a file, resolves its entities against the known ones (when
 * candidates are given) and validates it as strictly as a curated file. Throws an AppError for
 * an input that cannot be extracted (too long, no date).
 */
export async function extractSourceArticle(
  article: SourceArticle,
  gazetteer: readonly GazetteerEntry[],
  options: { publishedOn?: string; candidates?: CandidateSource; budgetMs?: number; analysis?: TextAnalysis } = {},
): Promise<LoadedArticle> {
  const { candidates } = options;
  const input = articleInput(article, options.publishedOn);
  const read = extractArticle(input, gazetteer, { budgetMs: options.budgetMs, analysis: options.analysis });
  const extracted = candidates ? (await resolveArticle(read, candidates)).file : read;
  // The input, not what was extracted from it, tells an unchanged article: a re-run reads it
  // knowing more (its own entities are now in the graph) but must change nothing.
  const source = JSON.stringify({ extractor: EXTRACTOR_VERSION, ...input, origin: undefined });
  return validateArticleData(extracted, input.text, article.origin, source);
}
