import { apisOnSeededGraph, type TestApi } from '../support/api';
import { testConnection } from '../support/database';
import { bearer, signToken } from '../support/tokens';

/*
 * MAX_CONCURRENT_REQUESTS operations run at once; the next wait for a slot in a queue bounded
 * in length (MAX_QUEUED_REQUESTS) and in time (QUERY_QUEUE_TIMEOUT_MS), and only beyond either
 * are refused with 503 SERVER_BUSY. The one slot is held here by a mutation that waits for a
 * write lock another transaction holds, so each test decides when the slot frees.
 */

const { database } = testConnection();
const graph = apisOnSeededGraph();
const { apiWith } = graph;

interface Answer {
  status: number;
  retryAfter: string | null;
  xCache: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** Milliseconds from sending to the answer. */
  ms: number;
}

async function post(
  api: TestApi,
  query: string,
  variables: object = {},
  options: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(api.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = (await response.json()) as Answer['body'];
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    xCache: response.headers.get('x-cache'),
    body,
    ms: Date.now() - started,
  };
}

const PEOPLE = 'query People { people { id } }';
const RENAME =
  'mutation Rename($id: ID!, $name: String!) { correctEntity(id: $id, name: $name, reason: "queue test") { id } }';
const editor = () => bearer(signToken({ sub: 'queue-tester', roles: ['editor'] }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the API's only slot with a mutation that waits for a lock held by an open transaction;
 * `free()` rolls that transaction back, the mutation ends and the slot frees.
 */
async function holdTheSlot(api: TestApi, entityId: string) {
  const session = graph.driver().session({ database });
  const transaction = session.beginTransaction();
  await transaction.run('MATCH (e:Entity {id: $entityId}) SET e.locked = true', { entityId });
  const mutation = post(api, RENAME, { id: entityId, name: 'Queue Test' }, { headers: editor() });
  // Time for the mutation to take the slot and block on the lock.
  await sleep(500);
  let freed = false;
  const free = async () => {
    if (freed) return;
    freed = true;
    await transaction.rollback();
    await session.close();
  };
  return { mutation, free };
}

/** Whether the promise is still pending after `ms`. */
async function stillPending(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise.then(() => undefined), sleep(ms).then(() => pending)])) === pending;
}

const busyCode = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

describe('the queue for a slot', () => {
  it('makes a request beyond MAX_CONCURRENT_REQUESTS wait for a slot and answers it once one frees', async () => {
    const api = await apiWith({ limits: { maxConcurrentRequests: 1, maxQueuedRequests: 4, queueTimeoutMs: 8000 } });
    const slot = await holdTheSlot(api, 'person:donald-trump');
    let queued: Promise<Answer> | undefined;
    const slotsMetric = () => api.metrics.registry.getSingleMetricAsString('graphql_operation_slots');
    try {
      queued = post(api, PEOPLE);
      expect(await stillPending(queued, 1000)).toBe(true);
      // /metrics shows who runs and who waits.
      expect(await slotsMetric()).toMatch(/graphql_operation_slots\{state="running"\} 1$/m);
      expect(await slotsMetric()).toMatch(/graphql_operation_slots\{state="waiting"\} 1$/m);
    } finally {
      await slot.free();
    }
    const answer = await queued;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.ms).toBeGreaterThanOrEqual(1000);
    expect((await slot.mutation).status).toBe(200);
    expect(await slotsMetric()).toMatch(/graphql_operation_slots\{state="waiting"\} 0$/m);
    // The queued request waited a second or more: it is counted in no bucket under a second.
    const waits = await api.metrics.registry.getSingleMetricAsString('graphql_slot_wait_seconds');
    expect(waits).toMatch(/graphql_slot_wait_seconds_bucket\{le="0\.5",outcome="granted"\} 1$/m);
    expect(waits).toMatch(/graphql_slot_wait_seconds_count\{outcome="granted"\} 2$/m);
  });

  it('refuses with 503 SERVER_BUSY and Retry-After a request whose wait for a slot runs out', async () => {
    const api = await apiWith({ limits: { maxConcurrentRequests: 1, maxQueuedRequests: 4, queueTimeoutMs: 600 } });
    const slot = await holdTheSlot(api, 'person:vladimir-putin');
    let refused: Answer;
    try {
      refused = await post(api, PEOPLE);
    } finally {
      await slot.free();
    }
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('1');
    expect(busyCode(refused)).toBe('SERVER_BUSY');
    expect(refused.body.errors?.[0]?.message).toMatch(/none finished within the 600 ms this request may wait/);
    expect(refused.ms).toBeGreaterThanOrEqual(600);
    expect((await slot.mutation).status).toBe(200);
    expect(await api.metrics.registry.getSingleMetricAsString('graphql_requests_total')).toMatch(
      /graphql_requests_total\{operation="People",outcome="busy"\} 1/,
    );
    expect(await api.metrics.registry.getSingleMetricAsString('graphql_slot_wait_seconds')).toMatch(
      /graphql_slot_wait_seconds_count\{outcome="wait-expired"\} 1$/m,
    );
  });

  it('refuses at once the request that finds the queue full, and serves those queued before it', async () => {
    const api = await apiWith({ limits: { maxConcurrentRequests: 1, maxQueuedRequests: 2, queueTimeoutMs: 8000 } });
    const slot = await holdTheSlot(api, 'person:sergey-lavrov');
    let queued: Promise<Answer>[];
    try {
      queued = [post(api, PEOPLE), post(api, PEOPLE)];
      await sleep(300);
      const refused = await post(api, PEOPLE);
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe('1');
      expect(busyCode(refused)).toBe('SERVER_BUSY');
      expect(refused.body.errors?.[0]?.message).toMatch(/and 2 more are waiting; nothing was read or written/);
      expect(refused.ms).toBeLessThan(1000);
    } finally {
      await slot.free();
    }
    for (const answer of await Promise.all(queued)) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });

  it('takes out of the queue a request whose client disconnected, making room for the next', async () => {
    const api = await apiWith({ limits: { maxConcurrentRequests: 1, maxQueuedRequests: 1, queueTimeoutMs: 8000 } });
    const slot = await holdTheSlot(api, 'person:rex-tillerson');
    let next: Promise<Answer> | undefined;
    try {
      const client = new AbortController();
      const abandoned = post(api, PEOPLE, {}, { signal: client.signal }).catch((error: unknown) => error);
      await sleep(300);
      client.abort();
      expect(await abandoned).toMatchObject({ name: 'AbortError' });
      await sleep(300);
      // The queue's one place is free again: this request waits instead of being refused.
      next = post(api, PEOPLE);
      expect(await stillPending(next, 500)).toBe(true);
    } finally {
      await slot.free();
    }
    const answer = await next;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('answers from the response cache while every slot is taken and nothing may wait', async () => {
    const api = await apiWith({
      limits: { maxConcurrentRequests: 1, maxQueuedRequests: 0 },
      responseCacheBytes: 1024 * 1024,
    });
    const first = await post(api, PEOPLE);
    expect(first.status).toBe(200);
    expect(first.xCache).toBe('MISS');
    const slot = await holdTheSlot(api, 'person:dmitry-peskov');
    try {
      const hit = await post(api, PEOPLE);
      expect(hit.status).toBe(200);
      expect(hit.xCache).toBe('HIT');
      expect(hit.body).toEqual(first.body);
      // A query the cache does not hold needs a slot, and none is free.
      const miss = await post(api, 'query Countries { countries { id } }');
      expect(miss.status).toBe(503);
      expect(busyCode(miss)).toBe('SERVER_BUSY');
    } finally {
      await slot.free();
    }
    expect((await slot.mutation).status).toBe(200);
  });
});
