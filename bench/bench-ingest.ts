import { Command } from 'commander';
import { INGEST_DEFAULTS, runIngestScenario } from './ingest/ingest-scenario';
import { DEFAULT_HEAP, runScenarioCommand } from './support/run-scenario';
import { integer, integerList } from './support/cli-options';

const options = new Command('bench:ingest')
  .description(
    'Ingest throughput: the batched pipeline against one auto-commit query per row, and the batch-size curve.',
  )
  .option('--articles <n>', 'articles in the corpus', integer, INGEST_DEFAULTS.articles)
  .option('--naive-articles <n>', 'articles the naive baseline writes', integer, INGEST_DEFAULTS.naiveArticles)
  .option(
    '--batch-rows <list>',
    'rows per transaction for the batch-size curve, comma-separated (rounded to whole articles)',
    integerList,
    INGEST_DEFAULTS.batchRows,
  )
  .option('--runs <n>', 'runs; each figure is their median', integer, INGEST_DEFAULTS.runs)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ articles: number; naiveArticles: number; batchRows: number[]; runs: number; seed: number; heap: string }>();

runScenarioCommand(options.heap, (neo4j) =>
  runIngestScenario(neo4j, {
    ...options,
    naiveArticles: Math.min(options.naiveArticles, options.articles),
    command: `npm run bench:ingest -- ${process.argv.slice(2).join(' ')}`.trim(),
  }),
);
