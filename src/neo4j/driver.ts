import neo4j, { type Driver } from 'neo4j-driver';
import { mapNeo4jError } from './map-neo4j-error';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Creates a driver; works with both `neo4j://` (routing: clusters, Aura) and `bolt://` URIs. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    // Integers come back as JavaScript numbers; the graph's counts and offsets are small.
    disableLosslessIntegers: true,
    userAgent: 'news-knowledge-graph',
  });
}

/** Creates a driver and proves the server answers, with an actionable error when it does not. */
export async function connect(connection: Neo4jConnection): Promise<Driver> {
  const driver = createDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw mapNeo4jError(error, connection.uri);
  }
}

export async function disconnect(driver: Driver): Promise<void> {
  await driver.close();
}
