import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config';
import { findFreePort } from '../../src/neo4j/local/free-port';
import { isProcessAlive } from '../../src/neo4j/local/run-process';
import { SEED_FILE } from '../support/seed';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

/** Runs a CLI entry point with an environment that points at a throwaway local server. */
async function cli(script: string, args: string[], environment: Record<string, string>) {
  const withoutUri: NodeJS.ProcessEnv = { ...process.env, ...environment, LOG_LEVEL: 'warn' };
  delete withoutUri.NEO4J_URI;
  try {
    const { stdout, stderr } = await run(TSX, [`src/cli/${script}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env: withoutUri,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the local server commands', () => {
  let home: string;
  let environment: Record<string, string>;

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-db-start-'));
    environment = {
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HEAP: '256m',
      // A new local server takes NEO4J_PASSWORD; one starting with "-" must not be read as an option.
      NEO4J_PASSWORD: '-dash-first-password',
    };
  });

  afterAll(async () => {
    await cli('db-stop', [], environment);
    await rm(home, { recursive: true, force: true });
  });

  it('db:start leaves a server with Neo4j Browser running, ingest uses it, db:stop stops it', async () => {
    const started = await cli('db-start', [], environment);
    expect(started.code).toBe(0);
    expect(started.output).toMatch(/Local Neo4j 5\.26\.\d+ is running in the background/);
    expect(started.output).toMatch(/Credentials +neo4j \/ -dash-first-password\n/);
    const { pid } = JSON.parse(await readFile(path.join(home, 'neo4j.pid'), 'utf8')) as { pid: number };
    expect(isProcessAlive(pid)).toBe(true);

    const browser = await fetch(`http://127.0.0.1:${environment.LOCAL_NEO4J_HTTP_PORT}/browser/`);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('<title>Neo4j Browser</title>');

    const again = await cli('db-start', [], environment);
    expect(again.output).toContain(`already running (pid ${pid})`);

    const ingested = await cli('ingest', [SEED_FILE], environment);
    expect(ingested.output).toMatch(
      /created +rt-2017-11-11-putin-trump-syria-joint-statement: 47 entities \(9 events\), 127 mentions, 199 facts, 20 claims, 16 quotes/,
    );
    expect(isProcessAlive(pid)).toBe(true);
    const reingested = await cli('ingest', [SEED_FILE], environment);
    expect(reingested.output).toMatch(/unchanged +rt-2017-11-11/);

    const stopped = await cli('db-stop', [], environment);
    expect(stopped.output).toContain(`Stopped the local Neo4j server (pid ${pid})`);
    expect(isProcessAlive(pid)).toBe(false);
    expect(existsSync(path.join(home, 'neo4j.pid'))).toBe(false);
  });

  it('ingest rejects a file that does not exist, naming it, without starting anything', async () => {
    const result = await cli('ingest', ['no/such/article.yaml'], environment);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /Error \[ARTICLE_FILE_UNREADABLE\]: Cannot read the article file .*no\/such\/article\.yaml: does not exist/,
    );
  });
});
