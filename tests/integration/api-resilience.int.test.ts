import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createDriver } from '../../src/neo4j/driver';
import { findFreePort } from '../../src/neo4j/local/free-port';
import { startLocalNeo4j, type LocalNeo4jServer } from '../../src/neo4j/local/start-local-neo4j';
import { startTestApi, type TestApi } from '../support/api';

/*
 * The API outlives its database: it starts while Neo4j is down, becomes ready when Neo4j comes
 * up, reports an outage while Neo4j is stopped, and recovers by itself when it is back. It runs
 * its own local Neo4j, so stopping it disturbs no other test.
 */

const logger = pino({ level: 'silent' });
let home: string;
let boltPort: number;
let httpPort: number;
let server: LocalNeo4jServer | undefined;
let driver: Driver;
let api: TestApi;

const startNeo4j = async (password?: string) =>
  startLocalNeo4j({
    home,
    boltPort,
    httpPort,
    heap: '512m',
    database: 'neo4j',
    logger,
    ...(password ? { initialPassword: password } : {}),
  });

async function ready(): Promise<{ status: number; body: any }> {
  const response = await fetch(api.api.readyUrl);
  return { status: response.status, body: await response.json() };
}

/** Polls until `check` holds; fails after `timeoutMs`. Returns how long it took. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms`);
}

const PASSWORD = 'resilience-test-password';
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const PEOPLE = '{ people { id } }';

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-resilience-'));
  boltPort = await findFreePort();
  httpPort = await findFreePort();
  driver = createDriver(
    { uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password: PASSWORD, database: 'neo4j' },
    { connectionTimeoutMs: 2000, maxTransactionRetryTimeMs: 1000 },
  );
  api = await startTestApi(driver, 'neo4j', {
    waitUntilReady: false,
    readiness: { initialRetryDelayMs: 100, maxRetryDelayMs: 1000, checkIntervalMs: 1000 },
  });
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  await server?.stop();
  await rm(home, { recursive: true, force: true });
});

describe('when Neo4j goes away and comes back', () => {
  it('starts without Neo4j, says why it is not ready, and refuses queries at once', async () => {
    expect((await fetch(api.api.healthUrl)).status).toBe(200);
    const notReady = await ready();
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({ status: 'unavailable', neo4j: 'unavailable', reason: expect.any(String) });

    const response = await api.graphql(PEOPLE);
    expect(response.status).toBe(503);
    expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('becomes ready by itself once Neo4j is up', async () => {
    server = await startNeo4j(PASSWORD);
    await eventually(async () => (await ready()).status === 200, 30000);
    const response = await api.graphql(PEOPLE);
    expect(response).toMatchObject({ status: 200, data: { people: [] } });
  });

  it('reports the database unavailable while Neo4j is stopped, without hanging', async () => {
    await server?.stop();
    server = undefined;
    await eventually(async () => {
      const response = await api.graphql(PEOPLE);
      return response.errors?.[0]?.extensions?.code === 'DATABASE_UNAVAILABLE';
    }, 20000);
    const gated = await api.graphql(PEOPLE);
    expect(gated.status).toBe(503);
    expect(gated.errors?.[0]?.message).toMatch(/database is unavailable/);
    expect((await ready()).status).toBe(503);
  });

  it('recovers without a restart when Neo4j is back', async () => {
    server = await startNeo4j();
    const recoveryMs = await eventually(async () => (await api.graphql(PEOPLE)).status === 200, 30000);
    // The measured time from Neo4j answering again to the API answering again (not asserted:
    // it depends on the machine; the readiness backoff caps it near maxRetryDelayMs).
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(path.join(ARTIFACTS, 'api-recovery.json'), JSON.stringify({ recoveryMs }, null, 2));
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready', neo4j: 'up' } });
    const metrics = await (await fetch(api.api.metricsUrl)).text();
    expect(metrics).toMatch(/graphql_requests_total\{operation="\(anonymous\)",outcome="unavailable"\} [1-9]/);
  });
});
