import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ingestArticle } from '../../src/ingest';
import { applySchema } from '../../src/neo4j/apply-schema';
import { connect, type Neo4jConnection } from '../../src/neo4j/driver';
import { SEED_FILE } from './seed';

/** The connection global-setup.ts made for this run. */
export function testConnection(): Neo4jConnection {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run integration tests through jest (npm test).');
  return {
    uri,
    username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: process.env.TEST_NEO4J_DATABASE ?? 'neo4j',
  };
}

export function connectForTests(): Promise<Driver> {
  return connect(testConnection());
}

/**
 * The hooks of a suite that writes: connect and apply the schema before the suite, empty the
 * database before each test and after the suite, then close. `connected` receives the driver.
 */
export function useEmptyDatabase(connected: (driver: Driver) => void): void {
  let driver: Driver;
  beforeAll(async () => {
    driver = await connectForTests();
    connected(driver);
    await applySchema(driver, testConnection().database);
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });
}

/** Tests share one database and run one file at a time; each file starts from empty. */
export async function resetDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery(
    'MATCH (n) DETACH DELETE n',
    {},
    {
      database: testConnection().database,
    },
  );
}

export async function countByLabel(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:GraphChangeLog UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
    {},
    { database: testConnection().database },
  );
  return Object.fromEntries(records.map((record) => [record.get('label') as string, record.get('count') as number]));
}

export async function countByType(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
    {},
    { database: testConnection().database },
  );
  return Object.fromEntries(records.map((record) => [record.get('type') as string, record.get('count') as number]));
}

/**
 * A digest of the whole graph's content (labels, properties, relationships and their ends),
 * independent of internal ids, to prove that an operation changed nothing. The change log node
 * (src/neo4j/graph-change-log.ts) is bookkeeping that every write moves: left out.
 */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const database = testConnection().database;
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:GraphChangeLog RETURN apoc.convert.toJson([apoc.coll.sort(labels(n)), properties(n)]) AS row ORDER BY row',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN apoc.convert.toJson([a.id, type(r), b.id, properties(r)]) AS row ORDER BY row`,
    {},
    { database },
  );
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...relationships.records]) hash.update(`${record.get('row')}\n`);
  return hash.digest('hex');
}

/** An emptied test database with the schema applied and the seed article ingested. */
export async function connectToSeededGraph(): Promise<Driver> {
  const driver = await connectForTests();
  const { database } = testConnection();
  await resetDatabase(driver);
  await applySchema(driver, database);
  await ingestArticle(driver, database, SEED_FILE);
  return driver;
}
