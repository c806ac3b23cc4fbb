import { buildArticleGraph, type ArticleGraph } from '../../src/write/build-article-graph';
import { DEFAULT_INGEST_BATCH_SIZE } from '../../src/ingest/ingest-articles';
import { writeArticles } from '../../src/write/write-article';
import { generateCorpus } from '../corpus/generate-corpus';
import { graphCounts, type BenchNeo4j } from '../support/bench-neo4j';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round, rounds, timed } from '../support/stats';
import { countingDriver, type RetryCounters } from './counting-driver';

export interface ConcurrencyOptions {
  seed: number;
  articles: number;
  /** Articles per transaction, as the pipeline writes them. */
  batchSize: number;
  runs: number;
  command: string;
}

export const CONCURRENCY_DEFAULTS = { articles: 1000, batchSize: DEFAULT_INGEST_BATCH_SIZE, runs: 3 };

interface ArmFigures {
  ms: number;
  retries: number;
  deadlocks: number;
  lost: number;
  duplicated: number;
  countsMatch: boolean;
}

/**
 * Scenario 5: two ingest workers against one, on hub-heavy articles (every article names the
 * same three countries and the most popular people), counting retries and checking that every
 * fact lands exactly once.
 */
export async function runConcurrencyScenario(neo4j: BenchNeo4j, options: ConcurrencyOptions): Promise<ScenarioResult> {
  const { database } = neo4j;
  const graphs = [...generateCorpus({ seed: options.seed, hubHeavy: true }, options.articles)].map(buildArticleGraph);
  const expectedFactIds = new Set(graphs.flatMap((graph) => graph.facts.map((fact) => fact.id)));
  const relationships = graphs.reduce(
    (sum, g) => sum + g.sentences.length + g.mentions.length + g.facts.length + g.nodeEvidence.length + 1,
    0,
  );
  let reference: Record<string, number> | undefined;
  const figures: Record<string, ArmFigures[]> = { '1 worker': [], '2 workers': [] };

  const arm =
    (workers: number, recorded = true) =>
    async () => {
      await neo4j.reset();
      const counters: RetryCounters = { attempts: 0, calls: 0, errors: {} };
      const driver = countingDriver(neo4j.driver, counters);
      // Each worker takes the next batch of articles, as two ingest commands given halves of a
      // feed would; both write the same hub entities in every batch.
      let next = 0;
      const worker = async () => {
        while (next < graphs.length) {
          const batch: ArticleGraph[] = graphs.slice(next, next + options.batchSize);
          next += batch.length;
          await writeArticles(driver, database, batch);
        }
      };
      const { ms } = await timed(() => Promise.all(Array.from({ length: workers }, worker)));
      const counts = await graphCounts(neo4j.driver, database);
      reference ??= counts;
      const { lost, duplicated } = await factCheck(neo4j, expectedFactIds);
      const deadlocks = Object.entries(counters.errors)
        .filter(([code]) => code.includes('Deadlock'))
        .reduce((sum, [, n]) => sum + n, 0);
      const result = {
        ms,
        retries: counters.attempts - counters.calls,
        deadlocks,
        lost,
        duplicated,
        countsMatch: JSON.stringify(counts) === JSON.stringify(reference),
      };
      if (recorded) figures[workers === 1 ? '1 worker' : '2 workers']!.push(result);
      progress(
        `  ${workers} worker(s): ${round(ms / 1000)} s, ${result.retries} retries, errors ${JSON.stringify(counters.errors)}`,
      );
      return ms;
    };
  progress(`concurrency: ${options.articles} hub-heavy articles, ${options.runs} runs`);
  // A first, untimed write plans every statement and warms the JVM, so the first timed arm
  // does not pay for it.
  await arm(1, false)();
  const samples = await rounds(options.runs, { one: arm(1), two: arm(2) });
  await neo4j.reset();

  const ratio = median(samples.one.map((ms, run) => ms / samples.two[run]!));
  const all = [...figures['1 worker']!, ...figures['2 workers']!];
  const lost = all.reduce((sum, f) => sum + f.lost, 0);
  const duplicated = all.reduce((sum, f) => sum + f.duplicated, 0);
  const countsMatch = all.every((f) => f.countsMatch);
  const per10k = (n: number) => round((n / relationships) * 10_000);
  const row = (name: string) => {
    const runs = figures[name]!;
    const ms = median(runs.map((f) => f.ms));
    const retries = median(runs.map((f) => f.retries));
    const deadlocks = median(runs.map((f) => f.deadlocks));
    return [
      name,
      round(ms / 1000),
      round((graphs.length * 1000) / ms),
      retries,
      per10k(retries),
      deadlocks,
      per10k(deadlocks),
    ];
  };

  return {
    scenario: 'concurrency',
    title: '5. Ingest with concurrency',
    command: options.command,
    machine: machineInfo(neo4j.server, neo4j.heap),
    settings: {
      seed: options.seed,
      articles: `${options.articles} (hub-heavy)`,
      'articles per transaction': options.batchSize,
      'relationships per run': relationships,
      runs: options.runs,
    },
    targets: [
      {
        target: 'zero lost or duplicated facts; same graph with 1 and 2 workers',
        measured: `${lost} lost, ${duplicated} duplicated; counts ${countsMatch ? 'identical' : 'DIFFER'}`,
        met: lost === 0 && duplicated === 0 && countsMatch,
      },
      {
        target: 'throughput, 2 workers / 1 worker (reported; no target)',
        measured: `${round(ratio)}×`,
        met: null,
      },
    ],
    tables: [
      {
        caption: 'One writer against two, on the same hub-heavy articles (medians over runs)',
        columns: [
          'writers',
          'median time (s)',
          'articles/s',
          'retries',
          'retries per 10k relationships',
          'deadlocks',
          'deadlocks per 10k relationships',
        ],
        rows: [row('1 worker'), row('2 workers')],
      },
    ],
    notes: [
      `Throughput ratio (2 workers / 1 worker, per run, median): ${round(ratio)}×.`,
      'Retries are counted by wrapping the transaction function `executeWrite` runs: a second call for the same write is a retry (the driver retries deadlocks and other transient errors itself).',
      'Lost and duplicated facts: every fact id the corpus defines is looked up in the graph after each run.',
    ],
  };
}

/** Fact ids the graph lacks, and fact ids it holds more than once. */
async function factCheck(
  neo4j: BenchNeo4j,
  expected: ReadonlySet<string>,
): Promise<{ lost: number; duplicated: number }> {
  const { records } = await neo4j.driver.executeQuery(
    'MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix RETURN r.id AS id, count(*) AS copies',
    { prefix: 'fact:' },
    { database: neo4j.database },
  );
  const found = new Map(records.map((record) => [record.get('id') as string, record.get('copies') as number]));
  let lost = 0;
  for (const id of expected) if (!found.has(id)) lost += 1;
  const duplicated = [...found.values()].filter((copies) => copies > 1).length;
  return { lost, duplicated: duplicated + [...found.keys()].filter((id) => !expected.has(id)).length };
}
