import { Command } from 'commander';
import { CONCURRENCY_DEFAULTS, runConcurrencyScenario } from './concurrency/concurrency-scenario';
import { integer } from './support/cli-options';
import { DEFAULT_HEAP, runScenarioCommand } from './support/run-scenario';

const options = new Command('bench:concurrency')
  .description(
    'Ingest with concurrency: two writers against one on hub-heavy articles; retries; lost or duplicated facts.',
  )
  .option('--articles <n>', 'hub-heavy articles', integer, CONCURRENCY_DEFAULTS.articles)
  .option('--batch-size <n>', 'articles per transaction', integer, CONCURRENCY_DEFAULTS.batchSize)
  .option('--runs <n>', 'runs; each figure is their median', integer, CONCURRENCY_DEFAULTS.runs)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ articles: number; batchSize: number; runs: number; seed: number; heap: string }>();

runScenarioCommand(options.heap, (neo4j) =>
  runConcurrencyScenario(neo4j, {
    ...options,
    command: `npm run bench:concurrency -- ${process.argv.slice(2).join(' ')}`.trim(),
  }),
);
