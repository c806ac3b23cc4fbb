import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { startTestApi, type TestApi } from '../support/api';
import { connectForTests, connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { editedSeedCopy, SEED_ARTICLE_ID } from '../support/seed';
import { bearer, signToken } from '../support/tokens';

const { database, uri, username, password } = testConnection();
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CACHE_BYTES = 8 * 1024 * 1024;
const PESKOV = 'person:dmitry-peskov';
const NAME_OF = `query NameOf($id: ID!) { people(where: { id: { eq: $id } }) { name } }`;

let driver: Driver;
let otherDriver: Driver;
let api: TestApi;
let replica: TestApi;

interface Answer {
  status: number;
  cache: string | null;
  headers: Headers;
  body: { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
}

async function post(target: TestApi, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const response = await fetch(target.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return answerOf(response);
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    headers: response.headers,
    body: text ? (JSON.parse(text) as Answer['body']) : {},
  };
}

async function peskovName(target: TestApi): Promise<Answer & { name: unknown }> {
  const answer = await post(target, NAME_OF, { id: PESKOV });
  return { ...answer, name: answer.body.data?.people?.[0]?.name };
}

/** Asks twice, so that the answer is in the cache; returns the cached name. */
async function cachedPeskovName(target: TestApi): Promise<unknown> {
  await peskovName(target);
  const cached = await peskovName(target);
  expect(cached.cache).toBe('HIT');
  return cached.name;
}

const editor = () => bearer(signToken({ sub: 'editor-ada', roles: ['editor'] }));

beforeAll(async () => {
  driver = await connectToSeededGraph();
  otherDriver = await connectForTests();
  api = await startTestApi(driver, database, { responseCacheBytes: CACHE_BYTES });
  // Another replica: its own driver, its own cache, the same database.
  replica = await startTestApi(otherDriver, database, { responseCacheBytes: CACHE_BYTES });
});

afterAll(async () => {
  await api?.stop();
  await replica?.stop();
  await resetDatabase(driver);
  await otherDriver?.close();
  await driver?.close();
});

beforeEach(async () => {
  await driver.executeQuery(
    'MATCH (e:Entity {id: $id}) SET e.name = $name',
    { id: PESKOV, name: 'Dmitry Peskov' },
    { database },
  );
});

describe('the response cache', () => {
  it('answers a repeated anonymous query from memory, whatever its layout or variable order', async () => {
    const first = await post(api, NAME_OF, { id: PESKOV });
    expect(first.cache).toBe('MISS');
    const relaidOut = NAME_OF.replace(/ /g, '\n  ').replace('query NameOf', '# a comment\nquery NameOf');
    const second = await post(api, relaidOut, { id: PESKOV });
    expect(second.cache).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    // fetch sends `Accept: */*`; a client that asks for exactly JSON gets the same answer.
    const json = await post(api, NAME_OF, { id: PESKOV }, { accept: 'application/json' });
    expect(json.cache).toBe('HIT');
    const graphqlResponse = await post(api, NAME_OF, { id: PESKOV }, { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.cache).toBe('MISS');
    expect(graphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const other = await post(api, NAME_OF, { id: 'person:sergey-lavrov' });
    expect(other.cache).toBe('MISS');
    expect(other.body.data.people[0].name).toBe('Sergey Lavrov');
  });

  it('sees a write made by `npm run ingest` in another process on the next read', async () => {
    const TITLE = `{ articles(where: { id: { eq: "${SEED_ARTICLE_ID}" } }) { title } }`;
    await post(api, TITLE);
    const cached = await post(api, TITLE);
    expect(cached.cache).toBe('HIT');
    const edited = await editedSeedCopy((data) => {
      data.article.title = 'An edited headline';
    });
    await promisify(execFile)(TSX, ['src/cli/ingest.ts', edited], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        NEO4J_DATABASE: database,
      },
    });
    const after = await post(api, TITLE);
    expect(cached.body.data.articles[0].title).not.toBe('An edited headline');
    expect(after.body.data.articles[0].title).toBe('An edited headline');
  }, 120_000);

  it('sees a mutation made through the API on the next read', async () => {
    expect(await cachedPeskovName(api)).toBe('Dmitry Peskov');
    const mutation = await post(
      api,
      `mutation { correctEntity(id: "${PESKOV}", name: "Dmitriy Peskov", reason: "transliteration") { id } }`,
      {},
      editor(),
    );
    expect(mutation.body.errors).toBeUndefined();
    expect((await peskovName(api)).name).toBe('Dmitriy Peskov');
  });

  it("sees on one replica the writes made through another replica's API", async () => {
    expect(await cachedPeskovName(replica)).toBe('Dmitry Peskov');
    const mutation = await post(
      api,
      `mutation { correctEntity(id: "${PESKOV}", name: "Dmitrij Peskov", reason: "transliteration") { id } }`,
      {},
      editor(),
    );
    expect(mutation.body.errors).toBeUndefined();
    expect((await peskovName(replica)).name).toBe('Dmitrij Peskov');
  });

  it('sees a write made with Cypher by another client (Neo4j Browser, a script) on the next read', async () => {
    expect(await cachedPeskovName(api)).toBe('Dmitry Peskov');
    await otherDriver.executeQuery(
      'MATCH (e:Entity {id: $id}) SET e.name = $name',
      { id: PESKOV, name: 'D. Peskov' },
      { database },
    );
    expect((await peskovName(api)).name).toBe('D. Peskov');
  });

  it('answers concurrent identical requests after a write with the written value, each caller alike', async () => {
    expect(await cachedPeskovName(api)).toBe('Dmitry Peskov');
    await otherDriver.executeQuery(
      'MATCH (e:Entity {id: $id}) SET e.name = $name',
      { id: PESKOV, name: 'Dmitri Peskov' },
      { database },
    );
    const answers = await Promise.all(Array.from({ length: 20 }, () => peskovName(api)));
    expect(answers.map((answer) => answer.name)).toEqual(Array(20).fill('Dmitri Peskov'));
    expect(answers.filter((answer) => answer.cache === 'MISS').length).toBeGreaterThanOrEqual(1);
  });

  it('never serves a cached answer to a caller with a token, nor keeps the answer it gets', async () => {
    await cachedPeskovName(api);
    const withToken = await post(api, NAME_OF, { id: PESKOV }, editor());
    expect(withToken.cache).toBeNull();
    expect(withToken.body.data.people[0].name).toBe('Dmitry Peskov');
  });

  it('keeps no answer that carries an error', async () => {
    const failing = `{ people(limit: -1) { name } }`;
    const answers = [await post(api, failing), await post(api, failing)];
    expect(answers.map((answer) => answer.body.errors?.[0]?.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(answers.map((answer) => answer.cache)).toEqual([null, null]);
  });

  it('answers GET with an ETag and Cache-Control: no-cache, and 304 while the graph has not changed', async () => {
    const url = `${api.api.url}?query=${encodeURIComponent(NAME_OF)}&variables=${encodeURIComponent(JSON.stringify({ id: PESKOV }))}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await answerOf(await fetch(url, { headers }));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates (fetch would otherwise add Cache-Control: no-cache, asking for a full answer).
    const revalidate = { ...headers, 'if-none-match': etag!, 'cache-control': 'max-age=0' };
    const revalidated = await fetch(url, { headers: revalidate });
    expect(revalidated.status).toBe(304);
    await otherDriver.executeQuery(
      'MATCH (e:Entity {id: $id}) SET e.name = $name',
      { id: PESKOV, name: 'Peskov' },
      { database },
    );
    const changed = await answerOf(await fetch(url, { headers: revalidate }));
    expect(changed.status).toBe(200);
    expect(changed.body.data.people[0].name).toBe('Peskov');
  });

  it('refuses, as Apollo does, a GET that a browser could send cross-site, even when its answer is cached', async () => {
    const url = `${api.api.url}?query=${encodeURIComponent(NAME_OF)}&variables=${encodeURIComponent(JSON.stringify({ id: PESKOV }))}`;
    await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).headers.get('x-cache')).toBe('HIT');
    expect((await fetch(url)).status).toBe(400);
  });

  it('counts hits, misses and bypasses in /metrics', async () => {
    const metrics = await (await fetch(api.api.metricsUrl)).text();
    expect(metrics).toMatch(/graphql_response_cache_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/graphql_response_cache_total\{result="miss"\} [1-9]/);
    expect(metrics).toMatch(/graphql_response_cache_total\{result="bypass"\} [1-9]/);
  });
});
