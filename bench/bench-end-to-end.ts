import { Command } from 'commander';
import { END_TO_END_DEFAULTS, runEndToEndScenario, type EndToEndOptions } from './end-to-end/end-to-end-scenario';
import { integer, integerList } from './support/cli-options';
import { DEFAULT_HEAP, runScenarioCommand } from './support/run-scenario';

const options = new Command('bench:end-to-end')
  .description('End-to-end ingestion from raw text (extract, resolve, write) at growing graph sizes.')
  .option('--steps <list>', 'graph sizes to measure at, comma-separated', integerList, END_TO_END_DEFAULTS.steps)
  .option('--window <n>', 'raw-text articles ingested and timed at each step', integer, END_TO_END_DEFAULTS.window)
  .option('--profiled <n>', 'articles whose candidate queries are profiled', integer, END_TO_END_DEFAULTS.profiled)
  .option(
    '--workers <list>',
    'pool sizes the extraction stage is timed with (0: main thread)',
    integerList,
    END_TO_END_DEFAULTS.workers,
  )
  .option('--ingest-workers <n>', 'worker threads of the end-to-end arm', integer, END_TO_END_DEFAULTS.ingestWorkers)
  .option('--runs <n>', 'rounds of the worker arms at each step', integer, END_TO_END_DEFAULTS.runs)
  .option(
    '--worker-texts <n>',
    'raw texts the worker arms extract at each step',
    integer,
    END_TO_END_DEFAULTS.workerTexts,
  )
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<Omit<EndToEndOptions, 'command'> & { heap: string }>();

runScenarioCommand(options.heap, (neo4j) =>
  runEndToEndScenario(neo4j, {
    ...options,
    command: `npm run bench:end-to-end -- ${process.argv.slice(2).join(' ')}`.trim(),
  }),
);
