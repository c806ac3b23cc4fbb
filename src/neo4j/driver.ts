import neo4j, { type Driver } from 'neo4j-driver';
import { mapNeo4jError } from './map-neo4j-error';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface DriverTimeouts {
  /** How long to wait for a connection (opening one, or one from the pool). */
  connectionTimeoutMs?: number;
  /** How long a managed transaction keeps retrying transient failures (deadlocks, a leader switch). */
  maxTransactionRetryTimeMs?: number;
  /** Connections kept to the server; the API keeps it above its own concurrency limit. */
  maxConnectionPoolSize?: number;
}

/**
 * Creates a driver; works with both `neo4j://` (routing: clusters, Aura) and `bolt://` URIs.
 * The driver's own defaults wait up to a minute for a connection; a server answering requests
 * wants to fail fast instead, so the API passes shorter timeouts.
 */
export function createDriver(connection: Neo4jConnection, timeouts: DriverTimeouts = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    // Integers come back as JavaScript numbers; the graph's counts and offsets are small.
    disableLosslessIntegers: true,
    userAgent: 'news-knowledge-graph',
    ...(timeouts.connectionTimeoutMs
      ? {
          connectionTimeout: timeouts.connectionTimeoutMs,
          connectionAcquisitionTimeout: timeouts.connectionTimeoutMs,
        }
      : {}),
    ...(timeouts.maxTransactionRetryTimeMs ? { maxTransactionRetryTime: timeouts.maxTransactionRetryTimeMs } : {}),
    ...(timeouts.maxConnectionPoolSize ? { maxConnectionPoolSize: timeouts.maxConnectionPoolSize } : {}),
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
