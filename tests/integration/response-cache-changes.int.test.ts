import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../src/neo4j/apply-schema';
import { CHANGE_LOG_ENTRIES, CHANGE_LOG_TRIGGER } from '../../src/neo4j/graph-change-log';
import { startTestApi, type TestApi } from '../support/api';
import { connectForTests, connectToSeededGraph, resetDatabase, testConnection } from '../support/database';

/**
 * The response cache with the graph's change log: a write that only sets some nodes' properties
 * drops the answers it can change and keeps the others; anything else drops every answer. The
 * writes come from a second driver, as Neo4j Browser or a script would make them.
 */
const { database } = testConnection();
const PESKOV = 'person:dmitry-peskov';
const LAVROV = 'person:sergey-lavrov';
const PERSON = 'query Person($id: ID!) { people(where: { id: { eq: $id } }) { id name description } }';
const NAME_ONLY = 'query Name($id: ID!) { people(where: { id: { eq: $id } }) { id name } }';
const DESCRIPTIONS = '{ people(sort: [{ name: ASC }]) { name description } }';
const DESCRIBED = 'query Described($words: String!) { people(where: { description: { contains: $words } }) { id } }';
const LINKS = 'query Links($id: ID!) { entityLinks(entityId: $id) { otherId otherName } }';
const SEARCH = 'query Search($words: String!) { search(query: $words) { id label } }';

let driver: Driver;
let browser: Driver;
let api: TestApi;

interface Answer {
  cache: string | null;
  body: { data?: any; errors?: unknown[] };
}

async function ask(query: string, variables: object = {}): Promise<Answer> {
  const response = await fetch(api.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: response.headers.get('x-cache'), body: (await response.json()) as Answer['body'] };
}

/** Asks until the answer comes from the cache (right after a write it may take a second read). */
async function cached(query: string, variables: object = {}): Promise<Answer> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const answer = await ask(query, variables);
    expect(answer.body.errors).toBeUndefined();
    if (answer.cache === 'HIT') return answer;
  }
  throw new Error(`never answered from the cache: ${query}`);
}

function browserWrite(statement: string, parameters: Record<string, unknown> = {}) {
  return browser.executeQuery(statement, parameters, { database });
}

async function logState(): Promise<{ seq: number; entries: string[] }> {
  const { records } = await driver.executeQuery(
    "MATCH (log:GraphChangeLog {id: 'log'}) RETURN log.seq AS seq, log.entries AS entries",
    {},
    { database },
  );
  return { seq: Number(records[0]?.get('seq')), entries: records[0]?.get('entries') as string[] };
}

/** Waits until the database runs (or no longer runs) the change log's trigger: APOC refreshes each second. */
async function waitForTrigger(running: boolean): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { records } = await driver.executeQuery('CALL apoc.trigger.list() YIELD name RETURN name', {}, { database });
    if (records.some((record) => record.get('name') === CHANGE_LOG_TRIGGER) === running) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the change log trigger is still ${running ? 'not running' : 'running'}`);
}

beforeAll(async () => {
  driver = await connectToSeededGraph();
  browser = await connectForTests();
  await waitForTrigger(true);
  api = await startTestApi(driver, database, { responseCacheBytes: 8 * 1024 * 1024 });
});

afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await browser?.close();
  await driver?.close();
});

describe('the response cache, told by the change log what a write changed', () => {
  it("drops the answers that show a node's changed property and keeps an unrelated entity's", async () => {
    await cached(PERSON, { id: PESKOV });
    await cached(PERSON, { id: LAVROV });
    await cached(NAME_ONLY, { id: PESKOV });
    await cached(DESCRIPTIONS);
    await browserWrite('MATCH (e:Entity {id: $id}) SET e.description = $text', {
      id: PESKOV,
      text: 'Press secretary of the Kremlin',
    });

    const peskov = await ask(PERSON, { id: PESKOV });
    expect(peskov.cache).toBe('MISS');
    expect(peskov.body.data.people[0].description).toBe('Press secretary of the Kremlin');
    // A selection without ids shows descriptions of nodes it does not name: dropped too.
    const all = await ask(DESCRIPTIONS);
    expect(all.cache).toBe('MISS');
    expect(all.body.data.people).toContainEqual({
      name: 'Dmitry Peskov',
      description: 'Press secretary of the Kremlin',
    });
    // Another person's answer, and Peskov's answer that does not read the description, stay.
    expect((await ask(PERSON, { id: LAVROV })).cache).toBe('HIT');
    expect((await ask(NAME_ONLY, { id: PESKOV })).cache).toBe('HIT');
  });

  it('drops an answer that filters on the changed property, even one that named no node', async () => {
    const before = await cached(DESCRIBED, { words: 'chief diplomat' });
    expect(before.body.data.people).toEqual([]);
    await browserWrite('MATCH (e:Entity {id: $id}) SET e.description = $text', {
      id: LAVROV,
      text: "Russia's chief diplomat",
    });
    const after = await ask(DESCRIBED, { words: 'chief diplomat' });
    expect(after.cache).toBe('MISS');
    expect(after.body.data.people).toEqual([{ id: LAVROV }]);
  });

  it("drops a @cypher answer that reads a neighbour's changed property, and a search", async () => {
    const links = await cached(LINKS, { id: LAVROV });
    const neighbour = (links.body.data.entityLinks as { otherId: string; otherName: string }[]).find((link) =>
      link.otherId.startsWith('country:'),
    )!;
    await cached(SEARCH, { words: 'Lavrov' });
    await cached(PERSON, { id: PESKOV });
    await browserWrite('MATCH (e:Entity {id: $id}) SET e.name = $name', {
      id: neighbour.otherId,
      name: 'A renamed country',
    });
    const after = await ask(LINKS, { id: LAVROV });
    expect(after.cache).toBe('MISS');
    expect(after.body.data.entityLinks).toContainEqual({ otherId: neighbour.otherId, otherName: 'A renamed country' });
    expect((await ask(SEARCH, { words: 'Lavrov' })).cache).toBe('MISS');
    expect((await ask(PERSON, { id: PESKOV })).cache).toBe('HIT');
  });

  it('drops every answer at a structural write, as ingesting an article makes', async () => {
    await cached(PERSON, { id: LAVROV });
    await browserWrite(
      `MATCH (p:Entity {id: $id})
       CREATE (c:Concept:Entity {id: 'concept:cache-test', name: 'A concept', aliases: []})
       CREATE (p)-[:CHAMPIONED {id: 'fact:cache-test'}]->(c)`,
      { id: LAVROV },
    );
    expect((await ask(PERSON, { id: LAVROV })).cache).toBe('MISS');
  });

  it('keeps at most the last entries in the log, and drops everything when a reader fell further behind', async () => {
    await cached(PERSON, { id: LAVROV });
    const before = await logState();
    const writes = CHANGE_LOG_ENTRIES + 10;
    for (let write = 0; write < writes; write += 1) {
      await browserWrite('MATCH (e:Entity {id: $id}) SET e.description = $text', { id: PESKOV, text: `edit ${write}` });
    }
    const after = await logState();
    expect(after.seq).toBe(before.seq + writes);
    expect(after.entries).toHaveLength(CHANGE_LOG_ENTRIES);
    // None of these writes touched Lavrov, but the cache cannot know what the lost entries said.
    expect((await ask(PERSON, { id: LAVROV })).cache).toBe('MISS');
  });

  it('drops every answer at every write while the trigger is not running, then keeps unrelated ones again', async () => {
    await browser.executeQuery(
      'CALL apoc.trigger.drop($database, $name)',
      { database, name: CHANGE_LOG_TRIGGER },
      {
        database: 'system',
      },
    );
    try {
      await waitForTrigger(false);
      await cached(PERSON, { id: LAVROV });
      await browserWrite('MATCH (e:Entity {id: $id}) SET e.description = $text', { id: PESKOV, text: 'unlogged' });
      expect((await ask(PERSON, { id: LAVROV })).cache).toBe('MISS');
    } finally {
      await applySchema(driver, database);
      await waitForTrigger(true);
    }
    await cached(PERSON, { id: LAVROV });
    await browserWrite('MATCH (e:Entity {id: $id}) SET e.description = $text', { id: PESKOV, text: 'logged' });
    // The first logged write names a new trigger installation: everything is dropped once.
    expect((await ask(PERSON, { id: LAVROV })).cache).toBe('MISS');
    await cached(PERSON, { id: LAVROV });
    await browserWrite('MATCH (e:Entity {id: $id}) SET e.description = $text', { id: PESKOV, text: 'logged again' });
    expect((await ask(PERSON, { id: LAVROV })).cache).toBe('HIT');
  });
});
