import { Command } from 'commander';
import { runCommand } from '../src/cli/run-command';
import { EXTRACTION_DEFAULTS, runExtractionScenario } from './extraction/extraction-scenario';
import { integer } from './support/cli-options';
import { saveScenario } from './support/results';
import { progress } from './support/run-scenario';

const options = new Command('bench:extraction')
  .description('Extraction time against input size: repeated sentences, the seed repeated, nested HTML. No database.')
  .option('--runs <n>', 'runs; each figure is their median', integer, EXTRACTION_DEFAULTS.runs)
  .parse()
  .opts<{ runs: number }>();

runCommand(async () => {
  const result = await runExtractionScenario({
    ...options,
    command: `npm run bench:extraction -- ${process.argv.slice(2).join(' ')}`.trim(),
  });
  await saveScenario(result);
  progress(`${result.title}: saved; bench/results.md updated`);
});
