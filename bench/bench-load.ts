import { Command } from 'commander';
import { LOAD_DEFAULTS, runLoadScenario } from './load/load-scenario';
import { integer, integerList } from './support/cli-options';
import { DEFAULT_HEAP, runScenarioCommand } from './support/run-scenario';

const options = new Command('bench:load')
  .description(
    'Load: autocannon against the API at each connection count, the app mix of reads, with and without writes.',
  )
  .option('--articles <n>', 'synthetic articles besides the seed', integer, LOAD_DEFAULTS.articles)
  .option(
    '--connections <list>',
    'autocannon connections, comma-separated, each measured',
    integerList,
    LOAD_DEFAULTS.connections,
  )
  .option('--duration <seconds>', 'seconds per arm', integer, LOAD_DEFAULTS.durationSeconds)
  .option('--runs <n>', 'runs; each figure is their median', integer, LOAD_DEFAULTS.runs)
  .option('--sequence <n>', 'requests drawn for the mix', integer, LOAD_DEFAULTS.sequence)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{
    articles: number;
    connections: number[];
    duration: number;
    runs: number;
    sequence: number;
    seed: number;
    heap: string;
  }>();

runScenarioCommand(options.heap, (neo4j) =>
  runLoadScenario(neo4j, {
    ...options,
    durationSeconds: options.duration,
    command: `npm run bench:load -- ${process.argv.slice(2).join(' ')}`.trim(),
  }),
);
