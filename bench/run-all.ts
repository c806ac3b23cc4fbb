import { Command } from 'commander';
import { runCommand } from '../src/cli/run-command';
import { COLD_START_DEFAULTS, runColdStartScenario } from './cold-start/cold-start-scenario';
import { CONCURRENCY_DEFAULTS, runConcurrencyScenario } from './concurrency/concurrency-scenario';
import { END_TO_END_DEFAULTS, runEndToEndScenario } from './end-to-end/end-to-end-scenario';
import { EXTRACTION_DEFAULTS, runExtractionScenario } from './extraction/extraction-scenario';
import { GRAPHQL_DEFAULTS, runGraphqlScenario } from './graphql/graphql-scenario';
import { GROWTH_DEFAULTS, runGrowthScenario } from './growth/growth-scenario';
import { INGEST_DEFAULTS, runIngestScenario } from './ingest/ingest-scenario';
import { LOAD_DEFAULTS, runLoadScenario } from './load/load-scenario';
import { integer, integerList } from './support/cli-options';
import { saveScenario, type ScenarioResult } from './support/results';
import { DEFAULT_HEAP, progress, withBenchNeo4j } from './support/run-scenario';

/** Sizes for a quick run: every scenario works end to end in a few minutes; figures are rough. */
const QUICK = {
  articles: 100,
  naiveArticles: 20,
  runs: 1,
  growthSteps: [200, 600],
  window: 50,
  endToEndSteps: [200, 600],
  endToEndWindow: 20,
  requests: 100,
  durationSeconds: 5,
};

const options = new Command('bench')
  .description('Runs every benchmark scenario and writes bench/results.md.')
  .option('--quick', 'small sizes and one run each: a smoke run, not figures to quote')
  .option('--growth-steps <list>', 'corpus sizes for the growth and end-to-end scenarios', integerList)
  .option(
    '--only <list>',
    'run only these scenarios (ingest,growth,graphql,load,concurrency,cold-start,extraction,end-to-end)',
  )
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ quick?: boolean; growthSteps?: number[]; only?: string; seed: number; heap: string }>();

const quick = options.quick === true;
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const wanted = (name: string) => !options.only || options.only.split(',').includes(name);
const save = async (result: ScenarioResult) => {
  await saveScenario(result);
  progress(`${result.title}: saved`);
};
const { seed, heap } = options;

runCommand(async () => {
  // One Neo4j for the scenarios that need one (each empties it first); the growing ones last.
  await withBenchNeo4j(heap, async (neo4j) => {
    if (wanted('ingest')) {
      const sizes = quick ? { articles: QUICK.articles, naiveArticles: QUICK.naiveArticles, runs: QUICK.runs } : {};
      await save(await runIngestScenario(neo4j, { ...INGEST_DEFAULTS, ...sizes, seed, command }));
    }
    if (wanted('graphql')) {
      const sizes = quick
        ? {
            articles: QUICK.articles,
            requests: QUICK.requests,
            durationSeconds: QUICK.durationSeconds,
            runs: QUICK.runs,
          }
        : {};
      await save(await runGraphqlScenario(neo4j, { ...GRAPHQL_DEFAULTS, ...sizes, seed, command }));
    }
    if (wanted('load')) {
      const sizes = quick ? { articles: QUICK.articles, durationSeconds: QUICK.durationSeconds, runs: QUICK.runs } : {};
      await save(await runLoadScenario(neo4j, { ...LOAD_DEFAULTS, ...sizes, seed, command }));
    }
    if (wanted('concurrency')) {
      const sizes = quick ? { articles: QUICK.articles, runs: QUICK.runs } : {};
      await save(await runConcurrencyScenario(neo4j, { ...CONCURRENCY_DEFAULTS, ...sizes, seed, command }));
    }
    if (wanted('growth')) {
      const steps = options.growthSteps ?? (quick ? QUICK.growthSteps : GROWTH_DEFAULTS.steps);
      const sizes = quick ? { window: QUICK.window } : {};
      await save(await runGrowthScenario(neo4j, { ...GROWTH_DEFAULTS, ...sizes, steps, seed, command }));
    }
    if (wanted('end-to-end')) {
      const steps = options.growthSteps ?? (quick ? QUICK.endToEndSteps : END_TO_END_DEFAULTS.steps);
      const sizes = quick ? { window: QUICK.endToEndWindow, runs: QUICK.runs, workerTexts: QUICK.endToEndWindow } : {};
      await save(await runEndToEndScenario(neo4j, { ...END_TO_END_DEFAULTS, ...sizes, steps, seed, command }));
    }
  });
  if (wanted('cold-start')) {
    await save(await runColdStartScenario({ runs: quick ? QUICK.runs : COLD_START_DEFAULTS.runs, heap, command }));
  }
  if (wanted('extraction')) {
    await save(await runExtractionScenario({ runs: quick ? QUICK.runs : EXTRACTION_DEFAULTS.runs, command }));
  }
});
