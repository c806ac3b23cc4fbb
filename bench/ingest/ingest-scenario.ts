import type { LoadedArticle } from '../../src/ingest/load-article-file';
import { buildArticleGraph, type ArticleGraph } from '../../src/write/build-article-graph';
import { ingestLoadedArticle } from '../../src/ingest/ingest-article';
import { DEFAULT_INGEST_BATCH_SIZE } from '../../src/ingest/ingest-articles';
import { generateCorpus } from '../corpus/generate-corpus';
import { graphCounts, type BenchNeo4j } from '../support/bench-neo4j';
import { ingestAll } from '../support/fill';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round, rounds, timed } from '../support/stats';
import { writeArticleNaively } from './naive-writer';

export interface IngestOptions {
  seed: number;
  articles: number;
  /** Articles the naive baseline writes (it is slow); its rate is compared per article. */
  naiveArticles: number;
  /** Rows per transaction for the batch-size curve, each turned into a whole number of articles. */
  batchRows: number[];
  runs: number;
  command: string;
}

/**
 * The naive baseline writes the first 100 articles, not all 1,000: at one round trip and one
 * commit per row it takes about 100 times as long, and its cost per article does not depend on
 * the graph's size (every query is an index seek), so 100 articles give its rate.
 */
export const INGEST_DEFAULTS = { articles: 1000, naiveArticles: 100, batchRows: [100, 1000, 5000, 20000], runs: 3 };

const TARGET_RATIO = 20;

/** Rows an article's graph writes: nodes, and relationships with their properties. */
export function graphRows(graph: ArticleGraph): number {
  return (
    1 +
    graph.sentences.length +
    graph.entities.length +
    graph.mentions.length +
    graph.claims.length +
    graph.quotes.length +
    graph.facts.length +
    graph.nodeEvidence.length
  );
}

/**
 * Scenario 1: the project's pipeline (`ingestLoadedArticles`: several articles per transaction,
 * one UNWIND statement per kind of row) against one auto-commit query per row; the per-article
 * pipeline (`ingestLoadedArticle`, one transaction per article) for comparison; and the curve of
 * articles per transaction.
 */
export async function runIngestScenario(neo4j: BenchNeo4j, options: IngestOptions): Promise<ScenarioResult> {
  const { driver, database } = neo4j;
  const corpus = [...generateCorpus({ seed: options.seed }, options.articles)];
  const naiveCorpus = corpus.slice(0, options.naiveArticles);
  const rows = corpus.reduce((sum, article) => sum + graphRows(buildArticleGraph(article)), 0);
  const naiveRows = naiveCorpus.reduce((sum, article) => sum + graphRows(buildArticleGraph(article)), 0);

  const perArticle = async (articles: readonly LoadedArticle[]) => {
    for (const article of articles) await ingestLoadedArticle(driver, database, article);
  };
  const batched = (batchSize: number) => ingestAll(driver, database, corpus, batchSize);
  // What one transaction per article writes is the reference every other writer must match.
  await neo4j.reset();
  await perArticle(naiveCorpus);
  const expectedNaive = await graphCounts(driver, database);
  await neo4j.reset();
  await perArticle(corpus);
  const expected = await graphCounts(driver, database);

  const mismatches: string[] = [];
  const check = async (arm: string, reference: Record<string, number>) => {
    const counts = await graphCounts(driver, database);
    if (JSON.stringify(counts) !== JSON.stringify(reference)) mismatches.push(arm);
  };
  const arm = (name: string, work: () => Promise<unknown>, reference: Record<string, number>) => async () => {
    await neo4j.reset();
    const { ms } = await timed(work);
    await check(name, reference);
    progress(`  ${name}: ${round(ms / 1000)} s`);
    return ms;
  };
  const arms: Record<string, () => Promise<number>> = {
    pipeline: arm('pipeline', () => batched(DEFAULT_INGEST_BATCH_SIZE), expected),
    'per article': arm('per article', () => perArticle(corpus), expected),
    naive: arm(
      'naive',
      async () => {
        for (const article of naiveCorpus) await writeArticleNaively(driver, database, buildArticleGraph(article));
      },
      expectedNaive,
    ),
  };
  // One article per transaction is the per-article arm; the default size is the pipeline arm.
  const armFor = (size: number) =>
    size === DEFAULT_INGEST_BATCH_SIZE ? 'pipeline' : size === 1 ? 'per article' : `batch ${size}`;
  // The pipeline writes whole articles, so each curve point is the number of articles whose rows
  // come nearest to it (at least one).
  const rowsPerArticle = rows / corpus.length;
  const curve = options.batchRows.map((target) => ({
    target,
    size: Math.max(1, Math.round(target / rowsPerArticle)),
  }));
  const curveSizes = [...new Set([...curve.map((point) => point.size), DEFAULT_INGEST_BATCH_SIZE])].sort(
    (a, b) => a - b,
  );
  for (const size of curveSizes) {
    const name = armFor(size);
    arms[name] ??= arm(name, () => batched(size), expected);
  }
  progress(`ingest: ${options.articles} articles (${rows} rows), ${options.runs} runs`);
  const samples = await rounds(options.runs, arms);
  await neo4j.reset();

  // Ratios per run, then their median: each run's arms saw the same machine state.
  const naiveRate = (run: number) => samples.naive![run]! / naiveCorpus.length;
  const ratiosToNaive = (name: string) => samples[name]!.map((ms, run) => naiveRate(run) / (ms / corpus.length));
  const ratioTo = (name: string, base: string) => median(samples[name]!.map((ms, run) => samples[base]![run]! / ms));
  const perRunRatios = ratiosToNaive('pipeline');
  const speedup = median(perRunRatios);
  const writerRow = (label: string, name: string, articles: number, articleRows: number, ratio: number) => {
    const ms = median(samples[name]!);
    return [
      label,
      articles,
      round(ms / 1000),
      round((articles * 1000) / ms),
      round((articleRows * 1000) / ms),
      round(ratio),
    ];
  };

  return {
    scenario: 'ingest',
    title: '1. Ingest throughput',
    command: options.command,
    machine: machineInfo(neo4j.server, neo4j.heap),
    settings: {
      seed: options.seed,
      articles: options.articles,
      'naive baseline articles': options.naiveArticles,
      'rows per article (mean)': round(rows / corpus.length),
      'articles per transaction (pipeline)': DEFAULT_INGEST_BATCH_SIZE,
      runs: options.runs,
    },
    targets: [
      {
        target: `batched pipeline ≥ ${TARGET_RATIO}× the naive baseline (articles/s)`,
        measured: `${round(speedup)}×`,
        met: speedup >= TARGET_RATIO,
      },
      {
        target: 'every writer leaves the same graph (node and relationship counts)',
        measured: mismatches.length === 0 ? 'identical' : `differs: ${mismatches.join(', ')}`,
        met: mismatches.length === 0,
      },
    ],
    tables: [
      {
        caption: 'Batched pipeline against one auto-commit query per row',
        columns: ['writer', 'articles', 'median time (s)', 'articles/s', 'rows/s', 'ratio to naive'],
        rows: [
          writerRow(
            `pipeline: \`ingestLoadedArticles\`, ${DEFAULT_INGEST_BATCH_SIZE} articles per transaction, UNWIND per kind`,
            'pipeline',
            corpus.length,
            rows,
            speedup,
          ),
          writerRow(
            'per article: `ingestLoadedArticle`, one transaction per article, UNWIND per kind',
            'per article',
            corpus.length,
            rows,
            median(ratiosToNaive('per article')),
          ),
          writerRow('naive: one auto-commit query per row', 'naive', naiveCorpus.length, naiveRows, 1),
        ],
      },
      {
        caption: 'Batch-size curve: `ingestLoadedArticles` with about N rows per transaction',
        columns: [
          'rows per transaction (asked)',
          'articles per transaction',
          'rows per transaction (mean)',
          'median time (s)',
          'articles/s',
          'rows/s',
          'ratio to one per transaction',
        ],
        rows: curveSizes.map((size) => {
          const name = armFor(size);
          const ms = median(samples[name]!);
          const asked = curve.filter((point) => point.size === size).map((point) => point.target);
          return [
            asked.length > 0 ? asked.join(', ') : '—',
            size === DEFAULT_INGEST_BATCH_SIZE ? `${size} (the default)` : size,
            round(rows / Math.ceil(corpus.length / size)),
            round(ms / 1000),
            round((corpus.length * 1000) / ms),
            round((rows * 1000) / ms),
            round(ratioTo(name, 'per article')),
          ];
        }),
      },
    ],
    notes: [
      'Times include building each article\u2019s rows (`buildArticleGraph`) and writing them; emptying the database between runs is not timed.',
      'Arms run in a rotating order in each run; ratios are taken per run and the median reported.',
      `Every writer's graph is checked against the per-article pipeline's (node and relationship counts); tests/integration/ingest-articles.int.test.ts checks that batches leave exactly the same graph (every property) as one transaction per article.`,
      `Per run, pipeline against naive: ${perRunRatios.map((ratio) => `${round(ratio)}×`).join(', ')}.`,
    ],
  };
}
