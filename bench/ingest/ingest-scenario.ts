import type { LoadedArticle } from '../../src/ingest/load-article-file';
import { buildArticleGraph, type ArticleGraph } from '../../src/ingest/build-article-graph';
import { ingestLoadedArticle } from '../../src/ingest/ingest-article';
import { generateCorpus } from '../corpus/generate-corpus';
import { graphCounts, type BenchNeo4j } from '../support/bench-neo4j';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round, rounds, timed } from '../support/stats';
import { writeArticlesInBatches } from './bulk-writer';
import { writeArticleNaively } from './naive-writer';

export interface IngestOptions {
  seed: number;
  articles: number;
  /** Articles the naive baseline writes (it is slow); its rate is compared per article. */
  naiveArticles: number;
  batchSizes: number[];
  runs: number;
  command: string;
}

/**
 * The naive baseline writes the first 100 articles, not all 1,000: at one round trip and one
 * commit per row it takes about 100 times as long, and its cost per article does not depend on
 * the graph's size (every query is an index seek), so 100 articles give its rate.
 */
export const INGEST_DEFAULTS = { articles: 1000, naiveArticles: 100, batchSizes: [100, 1000, 5000, 20000], runs: 3 };

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
 * Scenario 1: the project's pipeline (one transaction per article, UNWIND batches) against one
 * auto-commit query per row, and the batch-size curve of a pooled multi-article UNWIND load.
 */
export async function runIngestScenario(neo4j: BenchNeo4j, options: IngestOptions): Promise<ScenarioResult> {
  const { driver, database } = neo4j;
  const corpus = [...generateCorpus({ seed: options.seed }, options.articles)];
  const naiveCorpus = corpus.slice(0, options.naiveArticles);
  const rows = corpus.reduce((sum, article) => sum + graphRows(buildArticleGraph(article)), 0);
  const naiveRows = naiveCorpus.reduce((sum, article) => sum + graphRows(buildArticleGraph(article)), 0);

  const pipeline = async (articles: readonly LoadedArticle[]) => {
    for (const article of articles) await ingestLoadedArticle(driver, database, article);
  };
  // What the pipeline writes is the reference every other writer must match.
  await neo4j.reset();
  await pipeline(naiveCorpus);
  const expectedNaive = await graphCounts(driver, database);
  await neo4j.reset();
  await pipeline(corpus);
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
    pipeline: arm('pipeline', () => pipeline(corpus), expected),
    naive: arm(
      'naive',
      async () => {
        for (const article of naiveCorpus) await writeArticleNaively(driver, database, buildArticleGraph(article));
      },
      expectedNaive,
    ),
  };
  for (const size of options.batchSizes) {
    arms[`batch ${size}`] = arm(
      `batch ${size}`,
      () => writeArticlesInBatches(driver, database, corpus.map(buildArticleGraph), size),
      expected,
    );
  }
  progress(`ingest: ${options.articles} articles (${rows} rows), ${options.runs} runs`);
  const samples = await rounds(options.runs, arms);
  await neo4j.reset();

  const perArticle = (name: string, articles: number) => median(samples[name]!) / articles;
  const pipelineMs = perArticle('pipeline', corpus.length);
  const naiveMs = perArticle('naive', naiveCorpus.length);
  // Ratios per run, then their median: each run's two arms saw the same machine state.
  const ratios = samples.pipeline!.map((ms, run) => samples.naive![run]! / naiveCorpus.length / (ms / corpus.length));
  const speedup = median(ratios);

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
          [
            'pipeline: `ingestLoadedArticle`, one transaction per article, UNWIND per kind',
            corpus.length,
            round(median(samples.pipeline!) / 1000),
            round(1000 / pipelineMs),
            round((rows / corpus.length) * (1000 / pipelineMs)),
            round(speedup),
          ],
          [
            'naive: one auto-commit query per row',
            naiveCorpus.length,
            round(median(samples.naive!) / 1000),
            round(1000 / naiveMs),
            round((naiveRows / naiveCorpus.length) * (1000 / naiveMs)),
            1,
          ],
        ],
      },
      {
        caption:
          'Batch-size curve: all articles\u2019 rows pooled by kind, UNWIND batches of N rows, one transaction each',
        columns: ['rows per batch', 'median time (s)', 'articles/s', 'rows/s', 'ratio to pipeline'],
        rows: options.batchSizes.map((size) => {
          const ms = median(samples[`batch ${size}`]!);
          return [
            size,
            round(ms / 1000),
            round((corpus.length * 1000) / ms),
            round((rows * 1000) / ms),
            round(median(samples.pipeline!) / ms),
          ];
        }),
      },
    ],
    notes: [
      'Times include building each article\u2019s rows (`buildArticleGraph`) and writing them; emptying the database between runs is not timed.',
      'Arms run in a rotating order in each run; ratios are taken per run and the median reported.',
    ],
  };
}
