import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { SEED_ARTICLE_ID } from '../support/seed';

/*
 * No anonymous query within the limits can take the API or Neo4j down: each shape that multiplies
 * what a small query asks for (nested lists, fragments on interfaces, aliases, large text, deep
 * connections, limits given as variables) is refused before any Cypher runs, or answered within
 * the response ceiling; the API and Neo4j answer ordinary queries afterwards.
 */

const { database } = testConnection();
const LIMITS = loadConfig({}).limits;
// The default MAX_RESPONSE_BYTES: no answer may be larger.
const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
// Codes of refusals made before execution: such a request runs no Cypher.
const REFUSED_BEFORE_CYPHER = ['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'BAD_USER_INPUT'];
// The probe's article was 29 KB; the seed's text, padded at its end, keeps every offset true.
const ARTICLE_BYTES = 29 * 1024;

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = await connectToSeededGraph();
  await driver.executeQuery(
    'MATCH (a:Article {id: $id}) SET a.text = a.text + "\\n" + reduce(s = "", i IN range(1, $lines) | s + $line)',
    {
      id: SEED_ARTICLE_ID,
      lines: Math.ceil(ARTICLE_BYTES / 64),
      line: `${'Padding to the size of a long article.'.padEnd(63)}\n`,
    },
    { database },
  );
  api = await startTestApi(driver, database);
});

afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver.close();
});

const aliased = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

const CATALOGUE: { shape: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    shape: 'nested lists through an inline fragment on an interface',
    query:
      '{ people(limit: 100) { quotes { speaker { ... on Person { quotes { speaker { ... on Person { name } } } } } } } }',
  },
  {
    shape: 'named fragments on an interface, spread into each other',
    query: `{ entities(limit: 100) { ...Outer } }
      fragment Outer on Entity { id ... on Person { quotes { speaker { ...Inner } } } ... on Country { quotes { speaker { ...Inner } } } }
      fragment Inner on Entity { name ... on Person { quotes { text speaker { name } } } }`,
  },
  {
    shape: 'a large text field under a nested list of large text fields',
    query: '{ sentences(limit: 200) { article { text sentences(limit: 200) { article { text } } } } }',
  },
  {
    shape: 'a large text field under a smaller nested list',
    query: '{ sentences(limit: 200) { article { text sentences(limit: 20) { article { text } } } } }',
  },
  {
    shape: 'the same large text under every alias allowed',
    query: aliased(LIMITS.maxAliases, 'sentences(limit: 200) { article { text } }'),
  },
  {
    shape: 'deep connection fields',
    query: `{ peopleConnection(first: 100) { edges { node { quotesConnection(first: 100) { edges { node {
      speakerConnection(first: 100) { edges { node { ... on Person { quotesConnection(first: 100) { edges { node { text } } } } } } }
    } } } } } } }`,
  },
  {
    shape: 'page sizes given as variables',
    query:
      'query ($n: Int, $m: Int) { sentences(limit: $n) { text mentions(limit: $m) { ... on Person { mentions(limit: $n) { text } } } } }',
    variables: { n: 200, m: 100 },
  },
  {
    shape: 'custom lists nested under generated ones',
    query: '{ people(limit: 100) { mentions(limit: 200) { article { text } mentions { name } } } }',
  },
];

describe('no query within the limits can take the API or Neo4j down', () => {
  it.each(CATALOGUE)('$shape: refused before any Cypher runs, or answered within bounded bytes', async (entry) => {
    const response = await fetch(api.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: entry.query, variables: entry.variables ?? {} }),
    });
    const body = await response.text();
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const codes = parsed.errors?.map((error) => error.extensions?.code) ?? [];
    if (parsed.data === undefined) {
      const refusedBeforeCypher = codes.length > 0 && codes.every((code) => REFUSED_BEFORE_CYPHER.includes(code ?? ''));
      expect({ shape: entry.shape, codes, refusedBeforeCypher }).toEqual({
        shape: entry.shape,
        codes,
        refusedBeforeCypher: true,
      });
    } else {
      expect({ shape: entry.shape, codes }).toEqual({ shape: entry.shape, codes: [] });
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    }
  });

  it('still answers an ordinary query, and Neo4j still answers, after the catalogue', async () => {
    const response = await api.graphql('{ articles { id title } people(limit: 3) { name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.articles).toEqual([{ id: SEED_ARTICLE_ID, title: expect.any(String) }]);
    expect(response.data.people).toHaveLength(3);
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database });
    expect(records[0]?.get('one')).toBe(1);
  });

  it('refuses a costly query with the estimate, the ceiling and what to do, counting limits given as variables', async () => {
    const query = 'query ($n: Int) { sentences(limit: $n) { article { text } } }';
    const cheap = await api.graphql(query, { n: 2 });
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data.sentences).toHaveLength(2);

    const costly = await api.graphql(query, { n: 200 });
    expect(costly.status).toBe(400);
    expect(costly.data).toBeUndefined();
    expect(costly.errors).toEqual([
      {
        message: expect.stringMatching(
          /estimated cost is \d+, over the ceiling of 50000[\s\S]*smaller limits, fewer nested lists/,
        ),
        extensions: expect.objectContaining({
          code: 'QUERY_TOO_COSTLY',
          limit: { name: 'MAX_QUERY_COST', value: LIMITS.maxCost },
          cost: expect.any(Number),
        }),
      },
    ]);

    // The same document and variables again (an estimate is remembered for them), and other values.
    expect((await api.graphql(query, { n: 200 })).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await api.graphql(query, { n: 2 })).errors).toBeUndefined();
    expect((await api.graphql(query, { n: -1 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the response ceiling', () => {
  it('refuses an answer larger than MAX_RESPONSE_BYTES with a clear code instead of sending it', async () => {
    const small = await startTestApi(driver, database, { limits: { maxResponseBytes: 4096 } });
    try {
      const over = await small.graphql('{ articles { text } }');
      expect(over.status).toBe(400);
      expect(over.data).toBeUndefined();
      expect(over.errors).toEqual([
        {
          message: expect.stringMatching(/more than the 4096 bytes allowed[\s\S]*fewer items/),
          extensions: { code: 'RESPONSE_TOO_LARGE', limit: { name: 'MAX_RESPONSE_BYTES', value: 4096 } },
        },
      ]);
      const under = await small.graphql('{ articles { id } }');
      expect(under.data.articles).toEqual([{ id: SEED_ARTICLE_ID }]);
    } finally {
      await small.stop();
    }
  });
});

describe("Neo4j's memory per transaction", () => {
  it('stops a query that needs more than db.memory.transaction.max, and goes on serving others', async () => {
    // About 10 million integers collected: several hundred MB, far over the 128m a transaction may use.
    await expect(
      driver.executeQuery(
        'UNWIND range(1, 10000000) AS i WITH collect(i) AS numbers RETURN size(numbers)',
        {},
        { database },
      ),
    ).rejects.toMatchObject({
      code: expect.stringMatching(
        /^Neo\.TransientError\.General\.(TransactionMemoryLimit|MemoryPoolOutOfMemoryError)$/,
      ),
      message: expect.stringMatching(/db\.memory\.transaction\.max/),
    });
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database });
    expect(records[0]?.get('one')).toBe(1);
  });
});
