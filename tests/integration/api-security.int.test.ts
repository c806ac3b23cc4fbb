import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { parse, stringify } from 'yaml';
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, graphFingerprint, resetDatabase, testConnection } from '../support/database';
import { SEED_ARTICLE_ID, SEED_FILE, SEED_TEXT_FILE } from '../support/seed';
import { bearer, signToken } from '../support/tokens';

const { database } = testConnection();
let driver: Driver;
let api: TestApi;

const editor = () => bearer(signToken({ sub: 'editor-ada', roles: ['editor'] }));
const admin = () => bearer(signToken({ sub: 'admin-grace', roles: ['admin'] }));
const CORRECT_PESKOV = `mutation ($name: String) {
  correctEntity(id: "person:dmitry-peskov", name: $name, aliases: ["Peskov", "Dmitri Peskov"], reason: "transliteration") {
    id action by at reason details
  }
}`;

async function scalar(query: string, parameters: Record<string, unknown> = {}): Promise<unknown> {
  const { records } = await driver.executeQuery(query, parameters, { database });
  return records[0]?.get(0);
}

beforeAll(async () => {
  driver = await connectToSeededGraph();
  api = await startTestApi(driver, database);
});

afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver.close();
});

describe('who may write', () => {
  it('refuses an anonymous write before any Cypher runs, leaving the graph as it was', async () => {
    const before = await graphFingerprint(driver);
    const response = await api.graphql(CORRECT_PESKOV, { name: 'Anonymous edit' });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    expect(response.data?.correctEntity ?? null).toBeNull();
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('refuses an expired token, a forged one and one without a writing role', async () => {
    const expired = bearer(signToken({ sub: 'editor-ada', roles: ['editor'] }, { expiresInSeconds: -60 }));
    const forged = bearer(signToken({ sub: 'mallory', roles: ['admin'] }, { secret: 'x'.repeat(48) }));
    const reader = bearer(signToken({ sub: 'reader-bob', roles: ['reader'] }));

    const codes = [];
    for (const headers of [expired, forged, reader]) {
      const response = await api.graphql(CORRECT_PESKOV, { name: 'Not allowed' }, headers);
      codes.push(response.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'FORBIDDEN']);
    expect(await scalar('MATCH (e:Entity {id: "person:dmitry-peskov"}) RETURN e.name')).toBe('Dmitry Peskov');
    expect(await scalar('MATCH (e:Edit) RETURN count(e)')).toBe(0);
  });

  it('refuses a validly signed token whose roles claim is not a list, saying why', async () => {
    const before = await graphFingerprint(driver);
    const response = await api.graphql(
      CORRECT_PESKOV,
      { name: 'Not allowed' },
      bearer(signToken({ sub: 'editor-ada', roles: 'editor' })),
    );
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([
      {
        message: expect.stringMatching(/`roles` must be a list of role names such as \["editor"\]/),
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      },
    ]);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('refuses a merge to an editor: merging needs an admin', async () => {
    const response = await api.graphql(
      'mutation { mergeEntities(keepId: "country:russia", mergeId: "country:china", reason: "no") { id } }',
      {},
      editor(),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await scalar('MATCH (c:Country {id: "country:china"}) RETURN count(c)')).toBe(1);
  });
});

describe('writes and their audit trail', () => {
  it('lets an editor correct an entity, and records who, when and what changed', async () => {
    const response = await api.graphql(CORRECT_PESKOV, { name: 'Dmitri Peskov' }, editor());
    expect(response.errors).toBeUndefined();
    const edit = response.data.correctEntity;
    expect(edit).toMatchObject({ action: 'CORRECT_ENTITY', by: 'editor-ada', reason: 'transliteration' });
    expect(Date.now() - Date.parse(edit.at)).toBeLessThan(60000);
    expect(JSON.parse(edit.details)).toEqual({
      before: { name: 'Dmitry Peskov', aliases: ['Peskov'] },
      after: { name: 'Dmitri Peskov', aliases: ['Peskov', 'Dmitri Peskov'] },
    });

    const trail = await api.graphql(`{
      edits(where: { action: { eq: "CORRECT_ENTITY" } }) { by reason entities { id name } }
    }`);
    expect(trail.data.edits).toEqual([
      {
        by: 'editor-ada',
        reason: 'transliteration',
        entities: [{ id: 'person:dmitry-peskov', name: 'Dmitri Peskov' }],
      },
    ]);
  });

  it('retracts a claim by marking it, keeping it visible with the reason', async () => {
    const id = `claim:${SEED_ARTICLE_ID}/agreement-will-save-lives`;
    const response = await api.graphql(
      'mutation ($id: ID!) { retractClaim(id: $id, reason: "disputed figure") { action by } }',
      { id },
      editor(),
    );
    expect(response.data?.retractClaim).toEqual({ action: 'RETRACT_CLAIM', by: 'editor-ada' });

    const claims = await api.graphql(
      'query ($id: ID!) { claims(where: { id: { eq: $id } }) { text retracted retractionReason edits { action } } }',
      { id },
    );
    expect(claims.data.claims).toEqual([
      {
        text: 'The agreement is going to save tremendous numbers of lives.',
        retracted: true,
        retractionReason: 'disputed figure',
        edits: [{ action: 'RETRACT_CLAIM' }],
      },
    ]);
    const others = await api.graphql('{ claims(where: { retracted: { eq: false } }, limit: 100) { id } }');
    expect(others.data.claims).toHaveLength(19);
  });

  it('lets an admin merge a duplicate entity into the one to keep', async () => {
    await driver.executeQuery(
      `MATCH (s:Sentence {id: $sentenceId})
       MATCH (russia:Country {id: 'country:russia'})
       CREATE (d:Entity:Person {id: 'person:s-lavrov', name: 'S. Lavrov', aliases: ['Lavrov']})
       CREATE (d)-[:MENTIONED_IN {articleId: 'test', start: 0, end: 1, text: 'x'}]->(s)
       CREATE (d)-[:HOLDS_ROLE {id: 'fact:test-role', articleId: 'test', title: 'Minister'}]->(russia)`,
      { sentenceId: `${SEED_ARTICLE_ID}#s17` },
      { database },
    );
    const response = await api.graphql(
      'mutation { mergeEntities(keepId: "person:sergey-lavrov", mergeId: "person:s-lavrov", reason: "same person") { action by details } }',
      {},
      admin(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.mergeEntities).toMatchObject({ action: 'MERGE_ENTITIES', by: 'admin-grace' });
    expect(JSON.parse(response.data.mergeEntities.details)).toEqual({
      kept: 'person:sergey-lavrov',
      merged: 'person:s-lavrov',
      mergedName: 'S. Lavrov',
    });
    const people = await api.graphql(
      '{ people(where: { id: { in: ["person:sergey-lavrov", "person:s-lavrov"] } }) { id aliases mentionsConnection { edges { properties { text } } } } }',
    );
    expect(people.data.people).toHaveLength(1);
    expect(people.data.people[0].aliases).toEqual(['Lavrov', 'S. Lavrov']);
    expect(people.data.people[0].mentionsConnection.edges.map((edge: any) => edge.properties.text).sort()).toEqual([
      'Sergey Lavrov',
      'x',
    ]);
    expect(await scalar('MATCH (p:Person {id: "person:sergey-lavrov"}) RETURN p.mergedIds')).toEqual([
      'person:s-lavrov',
    ]);
    // Its facts move with their ids (each unique), properties and all.
    expect(
      await scalar(
        'MATCH (:Person {id: "person:sergey-lavrov"})-[r:HOLDS_ROLE {id: "fact:test-role"}]->(:Country {id: "country:russia"}) RETURN r.title',
      ),
    ).toBe('Minister');
  });

  it('ingests an article sent by an editor, and records it', async () => {
    const seed = parse(await readFile(SEED_FILE, 'utf8')) as { article: { id: string } };
    seed.article.id = 'rt-2017-11-11-copy-sent-through-the-api';
    const response = await api.graphql(
      'mutation ($file: String!, $text: String!) { ingestArticle(articleFile: $file, text: $text) { articleId outcome entities events claims quotes editId } }',
      { file: stringify(seed), text: await readFile(SEED_TEXT_FILE, 'utf8') },
      editor(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.ingestArticle).toMatchObject({
      articleId: 'rt-2017-11-11-copy-sent-through-the-api',
      outcome: 'created',
      entities: 47,
      events: 9,
      claims: 20,
      quotes: 16,
    });
    const edit = await api.graphql(
      'query ($id: ID!) { edits(where: { id: { eq: $id } }) { action by articles { id } } }',
      {
        id: response.data.ingestArticle.editId,
      },
    );
    expect(edit.data.edits).toEqual([
      { action: 'INGEST_ARTICLE', by: 'editor-ada', articles: [{ id: 'rt-2017-11-11-copy-sent-through-the-api' }] },
    ]);
  });

  it('rejects an invalid article sent through the API, listing the problems and writing nothing', async () => {
    const before = await graphFingerprint(driver);
    const seed = parse(await readFile(SEED_FILE, 'utf8')) as { article: { id: string }; quotes: { text: string }[] };
    seed.article.id = 'an-invalid-article';
    seed.quotes[0]!.text = 'words never printed';
    const response = await api.graphql(
      'mutation ($file: String!, $text: String!) { ingestArticle(articleFile: $file, text: $text) { articleId } }',
      { file: stringify(seed), text: await readFile(SEED_TEXT_FILE, 'utf8') },
      editor(),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('ARTICLE_FILE_INVALID');
    expect(response.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: 'quotes[0].text' })]);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('refuses an article whose id is already a different article’s, writing nothing', async () => {
    const before = await graphFingerprint(driver);
    // The seed's id, another outlet's article.
    const other = parse(await readFile(SEED_FILE, 'utf8')) as { article: { source: { name: string } } };
    other.article.source.name = 'TASS';
    const response = await api.graphql(
      'mutation ($file: String!, $text: String!) { ingestArticle(articleFile: $file, text: $text) { articleId } }',
      { file: stringify(other), text: await readFile(SEED_TEXT_FILE, 'utf8') },
      editor(),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('ARTICLE_ID_CONFLICT');
    expect(response.errors?.[0]?.message).toContain(`Article id ${SEED_ARTICLE_ID} is already a different article's`);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('rejects a YAML alias bomb as an invalid article file', async () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels
      .map(
        (name, index) =>
          `${name}: &${name} [${Array(9)
            .fill(index === 0 ? '"lol"' : `*${levels[index - 1]}`)
            .join(', ')}]`,
      )
      .join('\n');
    const response = await api.graphql(
      'mutation ($file: String!, $text: String!) { ingestArticle(articleFile: $file, text: $text) { articleId } }',
      { file: bomb, text: 'text' },
      editor(),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('ARTICLE_FILE_INVALID');
  });

  it('refuses an anonymous ingestion', async () => {
    const response = await api.graphql('mutation { ingestArticle(articleFile: "x", text: "y") { articleId } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('input is data, never Cypher', () => {
  const INJECTIONS = [
    `x' OR 1=1 //`,
    `"}) MATCH (n) DETACH DELETE n //`,
    `'}) DETACH DELETE n RETURN n //`,
    `\\' ; MATCH (n) DETACH DELETE n; //`,
    `$id} MATCH (n) SET n.pwned = true //`,
    '*',
    '.*',
  ];

  it('treats injection strings in every filter and argument as plain values', async () => {
    const before = await graphFingerprint(driver);
    for (const value of INJECTIONS) {
      const response = await api.graphql(
        `query ($v: String!, $id: ID!, $ids: [ID!]) {
          people(where: { name: { eq: $v } }) { id }
          byContains: people(where: { name: { contains: $v } }) { id }
          byStart: organizations(where: { name: { startsWith: $v } }) { id }
          byIds: claims(where: { id: { in: $ids } }) { id }
          byText: quotes(where: { text: { endsWith: $v }, speaker: { some: { id: { eq: $id } } } }) { id }
          search(query: $v) { id }
          timeline(entityId: $id) { id }
          connection(fromId: $id, toId: $id) { length }
          evidence(id: $id) { text }
          entityLinks(entityId: $id) { otherId }
        }`,
        { v: value, id: value, ids: [value] },
      );
      expect({ value, errors: response.errors }).toEqual({ value, errors: undefined });
      const found = Object.entries(response.data)
        .filter(([field, result]) => field !== 'search' && field !== 'connection' && (result as unknown[]).length > 0)
        .map(([field]) => field);
      expect({ value, found }).toEqual({ value, found: [] });
    }
    expect(await graphFingerprint(driver)).toBe(before);
    expect(await scalar('MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)')).toBe(0);
  });
});

describe('bad arguments are refused before any Cypher runs', () => {
  it.each([
    ['a generated list', '{ people(offset: -1) { id } }', '`offset` of Query.people is -1'],
    [
      'a generated list, as a variable',
      'query ($n: Int) { claims(limit: $n) { id } }',
      '`limit` of Query.claims is -5',
    ],
    ['a nested list', '{ people { quotes(limit: -2) { id } } }', '`limit` of Person.quotes is -2'],
    ['a connection', '{ peopleConnection(first: -1) { totalCount } }', '`first` of Query.peopleConnection is -1'],
    [
      'the timeline',
      '{ timeline(entityId: "person:vladimir-putin", offset: -3) { id } }',
      '`offset` of Query.timeline is -3',
    ],
    [
      'a connection, a cursor pointing before the first item',
      '{ peopleConnection(after: "YXJyYXljb25uZWN0aW9uOi01") { totalCount } }',
      '`after` of Query.peopleConnection is not a cursor this API issued',
    ],
    [
      'a connection, a cursor that is not one',
      '{ peopleConnection(after: "not-a-cursor") { totalCount } }',
      '`after` of Query.peopleConnection is not a cursor this API issued',
    ],
    [
      'a search too long to run',
      `{ search(query: "${'syria '.repeat(1700)}") { id } }`,
      '`query` of Query.search is 10200 characters long',
    ],
  ])('refuses a bad argument of %s as BAD_USER_INPUT', async (_where, query, message) => {
    const response = await api.graphql(query, { n: -5 });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(message),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('pages on with a cursor the API issued', async () => {
    const first = await api.graphql('{ peopleConnection(first: 1) { pageInfo { endCursor } } }');
    const { endCursor } = (first.data as { peopleConnection: { pageInfo: { endCursor: string } } }).peopleConnection
      .pageInfo;
    const next = await api.graphql(
      'query ($after: String) { peopleConnection(first: 1, after: $after) { edges { node { id } } } }',
      { after: endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data).toEqual({ peopleConnection: { edges: [{ node: { id: expect.any(String) } }] } });
  });

  it('still accepts a zero limit and a search of ordinary length', async () => {
    const response = await api.graphql('{ people(limit: 0) { id } search(query: "ISIL", limit: 1) { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ people: expect.any(Array), search: [{ id: expect.any(String) }] });
  });
});

describe('GET requests', () => {
  const get = (headers: Record<string, string>) =>
    fetch(`${api.api.url}?query=${encodeURIComponent('{ people(limit: 1) { id } }')}`, { headers });

  it('answers a GET with the apollo-require-preflight header, as the README says', async () => {
    const response = await get({ 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { people: [{ id: expect.any(String) }] } });
  });

  it('refuses a plain GET (what a cross-site form or image can send), naming the header to add', async () => {
    const response = await get({});
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/apollo-require-preflight/);
  });
});

describe('production mode', () => {
  let production: TestApi;

  beforeAll(async () => {
    production = await startTestApi(driver, database, { production: true });
  });

  afterAll(async () => {
    await production?.stop();
  });

  it('hides stack traces, where development mode shows them', async () => {
    // A cursor the API never issued (base64 of "arrayconnection:-5"): refused before any Cypher runs.
    const query = '{ peopleConnection(after: "YXJyYXljb25uZWN0aW9uOi01") { edges { node { id } } } }';
    const development = await api.graphql(query);
    expect(development.errors?.[0]?.extensions?.stacktrace).toBeDefined();

    const response = await production.graphql(query);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/`after` of Query.peopleConnection is not a cursor this API issued/),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|MATCH|SKIP|Neo4j|at \//);
  });

  it('suggests no field names, where development mode does', async () => {
    const query = '{ peple { name } }';
    expect((await api.graphql(query)).errors?.[0]?.message).toMatch(/Did you mean/);
    const response = await production.graphql(query);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toBe('Cannot query field "peple" on type "Query".');
  });

  it('turns introspection off', async () => {
    const response = await production.graphql('{ __schema { types { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await api.graphql('{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('still explains a client mistake: a limit, a missing token', async () => {
    const response = await production.graphql(CORRECT_PESKOV, { name: 'x' });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(/editor or admin role/);
  });
});
