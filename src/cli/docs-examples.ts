import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../config';
import { loadExampleOperations } from '../graphql/example-operations';
import { documentsWithExamples, renderExampleSections } from '../graphql/example-sections';
import { runCommand } from './run-command';

new Command('docs:examples')
  .description('Rewrite the examples sections of the README and docs/ from docs/examples/*.graphql.')
  .parse();

runCommand(async () => {
  const examples = loadExampleOperations();
  for (const document of documentsWithExamples()) {
    const file = path.join(PROJECT_ROOT, document);
    const before = await readFile(file, 'utf8');
    const after = renderExampleSections(before, examples);
    if (after !== before) await writeFile(file, after);
    process.stdout.write(`${document}: ${after === before ? 'current' : 'rewritten'}\n`);
  }
});
