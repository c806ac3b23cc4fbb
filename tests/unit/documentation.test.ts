import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_VARIABLES, loadConfig, PROJECT_ROOT } from '../../src/config';

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
