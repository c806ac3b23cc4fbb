import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { ExampleOperation } from './example-operations';

/**
 * The documents that may hold examples sections, relative to the project: the README and docs/.
 * `npm run docs:examples` rewrites them; tests/unit/documentation.test.ts checks they are current.
 */
export function documentsWithExamples(root = PROJECT_ROOT): string[] {
  const docs = readdirSync(path.join(root, 'docs')).filter((file) => file.endsWith('.md'));
  return ['README.md', ...docs.sort().map((file) => `docs/${file}`)];
}

// `<!-- examples: JointStatement Roles -->` or `<!-- examples: all -->`, closed by `<!-- /examples -->`.
const SECTION = /(<!-- examples: ([\w ]+) -->\n)[\s\S]*?(<!-- \/examples -->)/g;

/**
 * Fills every examples section of a Markdown document from the example operations, so that the
 * README and docs/ show them as they are, never a copy kept by hand. Throws on a name no example
 * has, naming it.
 */
export function renderExampleSections(markdown: string, examples: readonly ExampleOperation[]): string {
  return markdown.replace(SECTION, (_whole, open: string, names: string, close: string) => {
    const wanted = names.trim() === 'all' ? examples.map((example) => example.name) : names.trim().split(/ +/);
    const blocks = wanted.map((name) => {
      const example = examples.find((candidate) => candidate.name === name);
      if (!example) throw new Error(`No example operation is named ${name} (docs/examples/*.graphql)`);
      return `${example.description.replace(/\.$/, ':')}\n\n\`\`\`graphql\n${example.operation}\`\`\`\n`;
    });
    return `${open}\n${blocks.join('\n')}\n${close}`;
  });
}
