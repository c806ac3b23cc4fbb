import { Command } from 'commander';
import { GROWTH_DEFAULTS, runGrowthScenario } from './growth/growth-scenario';
import { integer, integerList } from './support/cli-options';
import { DEFAULT_HEAP, runScenarioCommand } from './support/run-scenario';

const options = new Command('bench:growth')
  .description('Growth: per-article ingest cost and key query cost (PROFILE db hits) as the corpus grows.')
  .option('--steps <list>', 'corpus sizes to measure at, comma-separated', integerList, GROWTH_DEFAULTS.steps)
  .option(
    '--window <n>',
    'articles timed at each step in batches, then as many one by one',
    integer,
    GROWTH_DEFAULTS.window,
  )
  .option('--fill-workers <n>', 'writers that fill up to each step', integer, GROWTH_DEFAULTS.fillWorkers)
  .option('--query-runs <n>', 'runs of each key query per step', integer, GROWTH_DEFAULTS.queryRuns)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ steps: number[]; window: number; fillWorkers: number; queryRuns: number; seed: number; heap: string }>();

runScenarioCommand(options.heap, (neo4j) =>
  runGrowthScenario(neo4j, {
    ...options,
    command: `npm run bench:growth -- ${process.argv.slice(2).join(' ')}`.trim(),
  }),
);
