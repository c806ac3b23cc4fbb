import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_VARIABLES, loadConfig, PROJECT_ROOT } from '../../src/config';
import { API_OWN_ERROR_CODES } from '../../src/graphql/api-error-code';
import { loadExampleOperations } from '../../src/graphql/example-operations';
import { documentsWithExamples, renderExampleSections } from '../../src/graphql/example-sections';
import { ENTITY_KINDS, RELATIONSHIP_RULES } from '../../src/vocabulary/relationship-types';

describe('documentation of the configuration', () => {
  it('lists every variable the application reads in .env.example, with a value loadConfig accepts', async () => {
    const lines = (await readFile(path.join(PROJECT_ROOT, '.env.example'), 'utf8')).split('\n');
    const example = Object.fromEntries(
      lines
        .filter((line) => /^[A-Z0-9_]+=/.test(line))
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    expect(Object.keys(example).sort()).toEqual([...CONFIG_VARIABLES].sort());
    expect(() => loadConfig(example)).not.toThrow();
  });

  it('lists every variable in the table of docs/configuration.md, and in the README only real ones', async () => {
    const variablesIn = async (file: string) =>
      [...(await readFile(path.join(PROJECT_ROOT, file), 'utf8')).matchAll(/^\| `([A-Z0-9_]+)` +\|/gm)].map(
        (match) => match[1]!,
      );
    expect((await variablesIn('docs/configuration.md')).sort()).toEqual([...CONFIG_VARIABLES].sort());
    const inReadme = await variablesIn('README.md');
    expect(inReadme.length).toBeGreaterThan(0);
    expect(inReadme.filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });

  it('puts the two commands at the top of the README', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const firstCodeBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstCodeBlock).toContain('npm ci && npm start');
    expect(firstCodeBlock).toContain('npm ci && npm test');
  });
});

describe('documentation of the GraphQL examples', () => {
  const examples = loadExampleOperations();

  it.each(documentsWithExamples())('shows in %s each example as docs/examples holds it', async (document) => {
    const markdown = await readFile(path.join(PROJECT_ROOT, document), 'utf8');
    // `npm run docs:examples` makes them equal.
    expect(renderExampleSections(markdown, examples)).toBe(markdown);
  });

  it.each(documentsWithExamples())('shows no GraphQL in %s outside an examples section', async (document) => {
    const markdown = await readFile(path.join(PROJECT_ROOT, document), 'utf8');
    const outside = markdown.replace(/<!-- examples: [\w ]+ -->[\s\S]*?<!-- \/examples -->/g, '');
    expect(outside).not.toMatch(/```graphql/);
  });

  it('shows in the README an example and, in docs/graphql.md, every one', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/<!-- examples: \w+/);
    const graphqlDoc = await readFile(path.join(PROJECT_ROOT, 'docs/graphql.md'), 'utf8');
    for (const { operation } of examples) expect(graphqlDoc).toContain(operation);
  });

  it('keeps the README a front door a newcomer reads in minutes', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThan(12 * 1024);
  });
});

describe('documentation of the API error codes', () => {
  it('names in docs/graphql.md every code of the API', async () => {
    const doc = await readFile(path.join(PROJECT_ROOT, 'docs/graphql.md'), 'utf8');
    const missing = API_OWN_ERROR_CODES.filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});

describe('documentation of the article file', () => {
  it('lists every relationship type with the kinds it joins, as validation enforces them', async () => {
    const doc = await readFile(path.join(PROJECT_ROOT, 'docs', 'article-file.md'), 'utf8');
    const rows = Object.fromEntries(
      [...doc.matchAll(/^\| `([A-Z_]+)` +\| ([^|]+)\| ([^|]+)\|/gm)].map((match) => [
        match[1],
        { from: kinds(match[2]!), to: kinds(match[3]!) },
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(RELATIONSHIP_RULES).map(([type, rule]) => [
        type,
        {
          from: [...rule.from].sort(),
          to: rule.to.length === ENTITY_KINDS.length ? ['any entity'] : [...rule.to].sort(),
        },
      ]),
    );
    expect(rows).toEqual(expected);
  });
});

function kinds(cell: string): string[] {
  return cell
    .split(',')
    .map((kind) => kind.trim())
    .sort();
}
