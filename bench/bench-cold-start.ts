import { Command } from 'commander';
import { runCommand } from '../src/cli/run-command';
import { COLD_START_DEFAULTS, runColdStartScenario } from './cold-start/cold-start-scenario';
import { integer } from './support/cli-options';
import { saveScenario } from './support/results';
import { DEFAULT_HEAP, progress } from './support/run-scenario';

const options = new Command('bench:cold-start')
  .description('Cold start: `npm start` to ready, split into Neo4j start, schema, ingest and API start.')
  .option('--runs <n>', 'runs; each figure is their median', integer, COLD_START_DEFAULTS.runs)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ runs: number; heap: string }>();

runCommand(async () => {
  const result = await runColdStartScenario({
    ...options,
    command: `npm run bench:cold-start -- ${process.argv.slice(2).join(' ')}`.trim(),
  });
  await saveScenario(result);
  progress(`${result.title}: saved; bench/results.md updated`);
});
