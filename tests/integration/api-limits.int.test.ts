import { Lexer, Source, TokenKind } from 'graphql';
import { apisOnSeededGraph, startTestApi, type TestApi } from '../support/api';
import { testConnection } from '../support/database';
import { bearer, signToken } from '../support/tokens';

/*
 * Each limit rejects a request just over it, with a stable code naming the limit and its value,
 * before any Cypher runs (no `data` in the answer), and accepts one just under it.
 */

const { database } = testConnection();
const graph = apisOnSeededGraph();
const { apiWith } = graph;

function expectRejected(
  response: Awaited<ReturnType<TestApi['graphql']>>,
  code: string,
  limit: { name: string; value: number },
) {
  expect(response.data).toBeUndefined();
  expect(response.errors?.map((error) => error.extensions)).toContainEqual(expect.objectContaining({ code, limit }));
}

function expectAccepted(response: Awaited<ReturnType<TestApi['graphql']>>) {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  expect(response.data).toBeDefined();
}

/** The tokens graphql-js counts against maxTokens: every lexer token but the end of the document. */
function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe('query limits', () => {
  it('rejects a query one level deeper than MAX_QUERY_DEPTH and accepts one at it', async () => {
    const api = await apiWith({ limits: { maxDepth: 4 } });
    const over = await api.graphql('{ people { quotes { speaker { ... on Person { name } } } } }');
    expect(over.status).toBe(400);
    expectRejected(over, 'QUERY_TOO_DEEP', { name: 'MAX_QUERY_DEPTH', value: 4 });
    expect(over.errors?.[0]?.message).toMatch(/depth limit of 4 exceeded, found 5/);

    expectAccepted(await api.graphql('{ people { quotes { speaker { name } } } }'));
  });

  it('rejects a query costing more than MAX_QUERY_COST and accepts a cheaper one', async () => {
    const api = await apiWith({ limits: { maxCost: 70 } });
    // 1 + 10 × 4 fields, and 1 + 10 × 3 fields.
    const over = await api.graphql(
      '{ people(limit: 10) { id name aliases description } claims(limit: 10) { id text articleId } }',
    );
    expect(over.status).toBe(400);
    expectRejected(over, 'QUERY_TOO_COSTLY', { name: 'MAX_QUERY_COST', value: 70 });
    expect(over.errors?.[0]?.message).toMatch(/estimated cost is 72, over the ceiling of 70/);

    expectAccepted(
      await api.graphql('{ people(limit: 10) { id name aliases description } claims(limit: 10) { id text } }'),
    );
  });

  it('rejects more aliases than MAX_QUERY_ALIASES and accepts as many', async () => {
    const api = await apiWith({ limits: { maxAliases: 2 } });
    const over = await api.graphql('{ a: people { name } b: people { name } c: people { name } }');
    expectRejected(over, 'QUERY_TOO_MANY_ALIASES', { name: 'MAX_QUERY_ALIASES', value: 2 });

    expectAccepted(await api.graphql('{ a: people { name } b: people { name } }'));
  });

  it('rejects a document of more tokens than MAX_QUERY_TOKENS and accepts one of exactly as many', async () => {
    const api = await apiWith({ limits: { maxTokens: 40 } });
    const withNames = (count: number) =>
      `{ people(where: { name: { in: [${Array.from({ length: count }, (_, i) => `"n${i}"`).join(' ')}] } }) { name } }`;
    const base = countTokens(withNames(0));
    const atLimit = withNames(40 - base);
    const overLimit = withNames(41 - base);
    expect([countTokens(atLimit), countTokens(overLimit)]).toEqual([40, 41]);

    const over = await api.graphql(overLimit);
    expect(over.status).toBe(400);
    expectRejected(over, 'QUERY_TOO_MANY_TOKENS', { name: 'MAX_QUERY_TOKENS', value: 40 });
    expectAccepted(await api.graphql(atLimit));
  });

  it('rejects a body one byte over MAX_REQUEST_BYTES and accepts one exactly at it', async () => {
    const api = await apiWith({ limits: { maxRequestBytes: 1000 } });
    const bodyOf = (size: number) => {
      const empty = JSON.stringify({ query: '{ people { name } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ people { name } }', variables: { pad: 'x'.repeat(size - empty.length) } });
    };
    const post = (body: string) =>
      fetch(api.api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

    const over = await post(bodyOf(1001));
    expect(over.status).toBe(413);
    const rejected = (await over.json()) as { errors: { extensions: unknown }[] };
    expect(rejected.errors[0]?.extensions).toEqual({
      code: 'REQUEST_TOO_LARGE',
      limit: { name: 'MAX_REQUEST_BYTES', value: 1000 },
    });
    const at = await post(bodyOf(1000));
    expect(at.status).toBe(200);
  });

  it('caps nested lists at their type maximum', async () => {
    const api = await apiWith({});
    const response = await api.graphql('{ people(limit: 1000) { mentions(limit: 1000) { id } } }');
    expectAccepted(response);
    for (const person of response.data.people) expect(person.mentions.length).toBeLessThanOrEqual(200);
  });
});

describe('time limits', () => {
  const holdLockOn = async (entityId: string) => {
    // A write transaction left open holds the entity's write lock until it is rolled back.
    const session = graph.driver().session({ database });
    const transaction = session.beginTransaction();
    await transaction.run('MATCH (e:Entity {id: $entityId}) SET e.locked = true', { entityId });
    return async () => {
      await transaction.rollback();
      await session.close();
    };
  };
  const rename = (api: TestApi, id: string, name: string) =>
    api.graphql(
      'mutation ($id: ID!, $name: String!) { correctEntity(id: $id, name: $name, reason: "lock test") { id } }',
      { id, name },
      bearer(signToken({ sub: 'lock-tester', roles: ['editor'] })),
    );

  it('ends a request that outlasts REQUEST_TIMEOUT_MS with a 503, and serves fast ones', async () => {
    // The transaction timeout is set longer than the request's here (configuration refuses
    // that) so that the request timeout is what ends the request.
    const api = await apiWith({ limits: { requestTimeoutMs: 1000, transactionTimeoutMs: 8000 } });
    const release = await holdLockOn('person:vladimir-putin');
    try {
      const response = await rename(api, 'person:vladimir-putin', 'V. Putin');
      expect(response.status).toBe(503);
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'REQUEST_TIMEOUT',
        limit: { name: 'REQUEST_TIMEOUT_MS', value: 1000 },
      });
    } finally {
      await release();
    }
    // A request that needs no lock is answered in time (it needs no database at all, so that a
    // busy machine cannot make it slow).
    expectAccepted(await api.graphql('{ __typename }'));
  });

  it('ends a transaction that outlasts NEO4J_TRANSACTION_TIMEOUT_MS, leaving the entity as it was', async () => {
    const api = await apiWith({ limits: { requestTimeoutMs: 15000, transactionTimeoutMs: 1000 } });
    const release = await holdLockOn('person:sergey-lavrov');
    let response;
    try {
      response = await rename(api, 'person:sergey-lavrov', 'Sergei Lavrov');
    } finally {
      await release();
    }
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'TRANSACTION_TIMEOUT',
      limit: { name: 'NEO4J_TRANSACTION_TIMEOUT_MS', value: 1000 },
    });
    const { records } = await graph
      .driver()
      .executeQuery('MATCH (e:Entity {id: "person:sergey-lavrov"}) RETURN e.name AS name', {}, { database });
    expect(records[0]?.get('name')).toBe('Sergey Lavrov');
  });

  it('lets an in-flight request finish when the server stops, then stops', async () => {
    const api = await startTestApi(graph.driver(), database);
    const release = await holdLockOn('person:donald-trump');
    const inFlight = rename(api, 'person:donald-trump', 'Donald J. Trump');
    await new Promise((resolve) => setTimeout(resolve, 300));
    let stopped = false;
    const stopping = api.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stopped).toBe(false);
    await release();
    const response = await inFlight;
    expect(response.errors).toBeUndefined();
    expect(response.data.correctEntity.id).toEqual(expect.any(String));
    await stopping;
    await expect(fetch(api.api.healthUrl)).rejects.toThrow();
  });

  it('makes a transaction waiting for a lock give up after the lock-acquisition timeout', async () => {
    const release = await holdLockOn('person:rex-tillerson');
    const session = graph.driver().session({ database });
    try {
      const started = Date.now();
      await expect(
        session.run('MATCH (e:Entity {id: "person:rex-tillerson"}) SET e.name = "Rex W. Tillerson"'),
      ).rejects.toMatchObject({ code: expect.stringMatching(/LockAcquisitionTimeout|LockClientStopped/) });
      // The test server runs with the default 5000 ms; anything near a minute means no timeout.
      expect(Date.now() - started).toBeLessThan(30000);
    } finally {
      await session.close();
      await release();
    }
  });
});
