import { apisOnSeededGraph, type TestApi } from '../support/api';
import { testConnection } from '../support/database';
import { bearer, signToken } from '../support/tokens';

/*
 * Each condition in which the API cannot answer has one code, one HTTP status and one metric
 * outcome, whether the request was refused at once or met the condition while it ran.
 */

const { database } = testConnection();
const graph = apisOnSeededGraph();
const { apiWith } = graph;

/** A write transaction left open holds the entity's write lock until it is rolled back. */
async function holdLockOn(entityId: string): Promise<() => Promise<void>> {
  const session = graph.driver().session({ database });
  const transaction = session.beginTransaction();
  await transaction.run('MATCH (e:Entity {id: $entityId}) SET e.locked = true', { entityId });
  return async () => {
    await transaction.rollback();
    await session.close();
  };
}

async function post(api: TestApi, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const response = await fetch(api.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

const RENAME =
  'mutation Rename($id: ID!, $name: String!) { correctEntity(id: $id, name: $name, reason: "condition test") { id } }';
const editor = () => bearer(signToken({ sub: 'condition-tester', roles: ['editor'] }));

const metricsOf = async (api: TestApi) => (await fetch(api.api.metricsUrl)).text();

describe('error conditions', () => {
  it('answers a transaction timeout with 503 TRANSACTION_TIMEOUT and counts it as a timeout', async () => {
    const api = await apiWith({ limits: { requestTimeoutMs: 15000, transactionTimeoutMs: 1000 } });
    const release = await holdLockOn('person:sergey-lavrov');
    let response;
    try {
      response = await post(api, RENAME, { id: 'person:sergey-lavrov', name: 'S. Lavrov' }, editor());
    } finally {
      await release();
    }
    expect(response.body.errors?.[0]?.extensions?.code).toBe('TRANSACTION_TIMEOUT');
    expect(response.status).toBe(503);
    expect(await metricsOf(api)).toMatch(/graphql_requests_total\{operation="Rename",outcome="timeout"\} 1/);
  });

  it('counts a request the request timeout answered as a timeout, not by its late outcome', async () => {
    // The transaction timeout is longer than the request's here (configuration refuses that)
    // so that the request timeout is what answers the client.
    const api = await apiWith({ limits: { requestTimeoutMs: 1000, transactionTimeoutMs: 3000 } });
    const release = await holdLockOn('person:dmitry-peskov');
    let response;
    try {
      response = await post(api, RENAME, { id: 'person:dmitry-peskov', name: 'D. Peskov' }, editor());
    } finally {
      await release();
    }
    expect(response.status).toBe(503);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    // The execution goes on after the answer; its line is written when it ends.
    let metrics = '';
    for (let tries = 0; tries < 50 && !metrics.includes('operation="Rename"'); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      metrics = await metricsOf(api);
    }
    expect(metrics).toMatch(/graphql_requests_total\{operation="Rename",outcome="timeout"\} 1/);
    expect(metrics).not.toMatch(/operation="Rename",outcome="(success|error)"/);
  });

  it('refuses an operation over MAX_CONCURRENT_REQUESTS at once with 503 SERVER_BUSY and Retry-After when none may wait', async () => {
    // MAX_QUEUED_REQUESTS 0: no queue (api-limits-queue.int.test.ts tests the wait for a slot).
    const api = await apiWith({ limits: { maxConcurrentRequests: 1, maxQueuedRequests: 0 } });
    const release = await holdLockOn('person:donald-trump');
    let running: ReturnType<typeof post> | undefined;
    try {
      // Holds the only slot: it waits for the lock.
      running = post(api, RENAME, { id: 'person:donald-trump', name: 'D. Trump' }, editor());
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = Date.now();
      const refused = await post(api, 'query People { people { id } }');
      expect(Date.now() - started).toBeLessThan(2000);
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe('1');
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');
    } finally {
      await release();
    }
    expect((await running)?.status).toBe(200);
    // The slot is free again.
    const after = await post(api, 'query People { people { id } }');
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(await metricsOf(api)).toMatch(/graphql_requests_total\{operation="People",outcome="busy"\} 1/);
  });
});
