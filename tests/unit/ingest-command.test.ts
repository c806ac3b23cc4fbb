import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { ingestSources } from '../../src/ingest/ingest-sources';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

describe('a publication date given for articles without one', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'news-graph-published-'));
    await writeFile(path.join(folder, 'article.txt'), 'Markets update\nShares rose in Paris on Friday.\n');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['2020-02-30', 'has day 30; February 2020 has days 01 to 29'],
    ['2020-13-45', 'has month 13; months run from 01 to 12'],
  ])('is refused by the ingest command when it is not a calendar day (%s)', async (published, problem) => {
    // A Neo4j that cannot be reached: the command must refuse the date before it looks for one.
    const env = {
      ...process.env,
      NEO4J_URI: 'bolt://127.0.0.1:9',
      NEO4J_PASSWORD: 'unused-password',
      LOG_LEVEL: 'silent',
    };
    const failed = await run(TSX, ['src/cli/ingest.ts', '--published', published, path.join(folder, 'article.txt')], {
      cwd: PROJECT_ROOT,
      env,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`argument '${published}' is invalid. "${published}" ${problem}`);
  });

  it('is refused by ingestSources before anything is read or written', async () => {
    // Nothing may touch the database: a driver that throws on any use proves it.
    const driver = new Proxy({} as Driver, {
      get: () => {
        throw new Error('the database was used');
      },
    });
    await expect(ingestSources(driver, 'neo4j', [], { publishedOn: '2021-02-29' })).rejects.toMatchObject({
      code: 'SOURCE_BAD_DATE',
      message: expect.stringContaining('has day 29; February 2021 has days 01 to 28'),
    });
  });
});
