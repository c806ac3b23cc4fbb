import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config';
import { findFreePort } from '../../src/neo4j/local/free-port';
import { connectForTests, countByLabel, resetDatabase, testConnection } from '../support/database';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const HARBOUR_WIRE = path.join(PROJECT_ROOT, 'tests/fixtures/apec-2017-reports/harbour-wire.txt');

/** Runs another command in the same environment, as a second terminal in the same folder would. */
async function runCommandBeside(
  script: string,
  args: string[],
  environment: Record<string, string>,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [`src/cli/${script}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...environment, LOG_LEVEL: 'info', NODE_ENV: 'development' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

interface RunningCommand {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runStart(environment: Record<string, string>): RunningCommand {
  const child = spawn(TSX, ['src/cli/start.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...environment, LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a failed test can end tsx and the node process it runs together.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Ends the command and everything it started in its process group, if still running. */
function killGroup(command: RunningCommand): void {
  if (command.child.pid === undefined) return;
  try {
    process.kill(-command.child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function waitForOutput(command: RunningCommand, pattern: RegExp, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(command.output())) {
    if (command.child.exitCode !== null) throw new Error(`start exited early:\n${command.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${command.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The pids of Java processes running a Neo4j whose home is `home` (Linux /proc). */
function jvmsServing(home: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return commandLine.includes('CommunityEntryPoint') && commandLine.includes(`--home-dir=${home}`);
      } catch {
        return false; // The process ended while we looked.
      }
    })
    .map(Number);
}

/** The test server through the routing scheme, as a cluster or Aura would be addressed. */
function routingEnvironment(port: number): Record<string, string> {
  const { uri, username, password, database } = testConnection();
  return {
    NEO4J_URI: uri.replace(/^bolt:/, 'neo4j:'),
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
}

describe('npm start', () => {
  afterAll(async () => {
    const driver = await connectForTests();
    await resetDatabase(driver);
    await driver.close();
  });

  it('ingests the seed over neo4j://, serves the API, prints where, and stops cleanly on SIGINT', async () => {
    const driver = await connectForTests();
    await resetDatabase(driver);
    const port = await findFreePort();
    const start = runStart(routingEnvironment(port));
    try {
      await waitForOutput(start, /Press Ctrl-C to stop/);
      expect(start.output()).toMatch(new RegExp(`GraphQL API +http://127\\.0\\.0\\.1:${port}/graphql`));
      expect(start.output()).toMatch(/Neo4j +neo4j:\/\/127\.0\.0\.1:\d+ \(community 5\.26/);
      expect(start.output()).toMatch(/Graph +115 nodes, 421 relationships/);

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ countries(where: { id: { eq: "country:syria" } }) { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { countries: [{ name: 'Syria' }] } });
      expect((await countByLabel(driver)).Article).toBe(1);

      start.child.kill('SIGINT');
      expect(await start.exited).toBe(0);
      expect(start.output()).toMatch(/Stopped\./);
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    } finally {
      killGroup(start);
      await driver.close();
    }
  });

  it('starts a local Neo4j when none is configured, and leaves no JVM behind after SIGINT', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-start-local-'));
    const environment: Record<string, string> = {
      NEO4J_URI: '',
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HEAP: '256m',
      PORT: String(await findFreePort()),
    };
    const start = runStart(environment);
    try {
      await waitForOutput(start, /Press Ctrl-C to stop/);
      expect(start.output()).toMatch(/local \(started\)/);
      expect(start.output()).toContain(
        `Neo4j Browser   http://127.0.0.1:${environment.LOCAL_NEO4J_HTTP_PORT}/browser/`,
      );
      expect(start.output()).toMatch(/Credentials +neo4j \/ [0-9a-f]{32}\n/);
      expect(jvmsServing(home)).toHaveLength(1);

      start.child.kill('SIGINT');
      expect(await start.exited).toBe(0);
      expect(jvmsServing(home)).toEqual([]);
    } finally {
      killGroup(start);
      await rm(home, { recursive: true, force: true });
    }
  });

  it('lets npm run ingest, run beside it with the same configuration, use the local Neo4j it started', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-start-ingest-'));
    const port = await findFreePort();
    const environment: Record<string, string> = {
      NEO4J_URI: '',
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HEAP: '256m',
      PORT: String(port),
    };
    const start = runStart(environment);
    try {
      await waitForOutput(start, /Press Ctrl-C to stop/);
      const [jvm] = jvmsServing(home);

      const ingest = await runCommandBeside('ingest', [HARBOUR_WIRE, '--published', '2017-11-11'], environment);
      expect(ingest.output).toMatch(
        new RegExp(
          `Using the local Neo4j at bolt://127\\.0\\.0\\.1:${environment.LOCAL_NEO4J_BOLT_PORT} that another command started: \`npm start\` \\(pid \\d+\\) started it and stops it when it exits`,
        ),
      );
      expect(ingest.output).toMatch(/created +\S+: \d+ entities/);
      expect(ingest.code).toBe(0);
      // ingest stopped nothing: the same server still runs, and the API reads what ingest wrote.
      expect(jvmsServing(home)).toEqual([jvm]);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articlesConnection { totalCount } }' }),
      });
      expect(await response.json()).toEqual({ data: { articlesConnection: { totalCount: 2 } } });

      // db:stop stops only the server db:start leaves running, not the one npm start uses.
      const stop = await runCommandBeside('db-stop', [], environment);
      expect(stop.code).toBe(1);
      expect(stop.output).toMatch(/Error \[LOCAL_NEO4J_IN_USE\].*`npm start` \(pid \d+\) started it/);
      expect(jvmsServing(home)).toEqual([jvm]);

      start.child.kill('SIGINT');
      expect(await start.exited).toBe(0);
      expect(jvmsServing(home)).toEqual([]);
      expect(existsSync(path.join(home, 'neo4j.pid'))).toBe(false);
    } finally {
      killGroup(start);
      // A failed run must not leave its JVM behind for the next tests.
      for (const pid of jvmsServing(home)) process.kill(pid, 'SIGKILL');
      await rm(home, { recursive: true, force: true });
    }
  });

  it('exits with a clear message when the configured Neo4j refuses the credentials', async () => {
    const environment = { ...routingEnvironment(await findFreePort()), NEO4J_PASSWORD: 'not-the-password' };
    const start = runStart(environment);

    expect(await start.exited).toBe(1);
    expect(start.output()).toMatch(
      /Error \[NEO4J_AUTH_FAILED\]: Neo4j at neo4j:\/\/127\.0\.0\.1:\d+ refused the credentials\. Check NEO4J_USERNAME and NEO4J_PASSWORD\./,
    );
  });

  it('exits with a clear message when the configuration is invalid', async () => {
    const start = runStart({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' });

    expect(await start.exited).toBe(1);
    expect(start.output()).toMatch(/Error \[CONFIG_INVALID\][\s\S]*NEO4J_URI: must start with neo4j:\/\//);
  });
});
