import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { applySchema } from '../../src/neo4j/apply-schema';
import { checkServer, type ServerInfo } from '../../src/neo4j/check-server';
import { connect, type Neo4jConnection } from '../../src/neo4j/driver';
import { startTemporaryNeo4j } from '../../src/neo4j/local/start-temporary-neo4j';

export interface BenchNeo4j {
  driver: Driver;
  connection: Neo4jConnection;
  database: string;
  server: ServerInfo;
  heap: string;
  /** Empties the database (the schema and the change log stay), in batches so large graphs fit in memory. */
  reset(): Promise<void>;
  /** Closes the driver, stops the JVM and deletes its folder. */
  stop(): Promise<void>;
}

/**
 * A throwaway Neo4j for one benchmark run, started the way the project starts its local server
 * (src/neo4j/local), on free ports in a temporary folder, with the project's schema applied.
 */
export async function startBenchNeo4j(heap: string): Promise<BenchNeo4j> {
  const local = await startTemporaryNeo4j({
    folderPrefix: 'news-graph-bench-neo4j-',
    heap,
    logger: pino({ level: 'warn' }),
  });
  const stopServer = () => local.stop();
  try {
    const connection: Neo4jConnection = {
      uri: local.uri,
      username: local.username,
      password: local.password,
      database: local.database,
    };
    const driver = await connect(connection);
    const server = await checkServer(driver, connection.database);
    await applySchema(driver, connection.database);
    return {
      driver,
      connection,
      database: connection.database,
      server,
      heap,
      reset: () => emptyDatabase(driver, connection.database),
      stop: async () => {
        await driver.close();
        await stopServer();
      },
    };
  } catch (error) {
    await stopServer();
    throw error;
  }
}

// CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
const DELETE_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS';
// The change log's node stays, as the schema does: it is set-up, and every write keeps updating it.
const DELETE_NODES = 'MATCH (n) WHERE NOT n:GraphChangeLog CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS';

async function emptyDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(DELETE_RELATIONSHIPS);
    await session.run(DELETE_NODES);
  } finally {
    await session.close();
  }
}

/** Node counts by label and relationship counts by type: what a write left behind. */
export async function graphCounts(driver: Driver, database: string): Promise<Record<string, number>> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:GraphChangeLog UNWIND labels(n) AS label RETURN label AS key, count(*) AS count',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count',
    {},
    { database },
  );
  return Object.fromEntries(
    [...nodes.records, ...relationships.records]
      .map((record) => [record.get('key') as string, record.get('count') as number] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
