import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_VARIABLES, loadConfig, PROJECT_ROOT } from '../../src/config';
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

  it('lists every variable in the README configuration table', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z0-9_]+)` +\|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('puts the two commands at the top of the README', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const firstCodeBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstCodeBlock).toContain('npm ci && npm start');
    expect(firstCodeBlock).toContain('npm ci && npm test');
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
