import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Neo4jTarget } from '../config';
import { checkServer, type ServerInfo } from './check-server';
import { connect, createDriver, type DriverTimeouts, type Neo4jConnection } from './driver';
import { findRunningLocalServer, localBoltUri, localBrowserUrl } from './local/local-server-files';
import { startLocalNeo4j } from './local/start-local-neo4j';

export interface OpenNeo4j {
  driver: Driver;
  connection: Neo4jConnection;
  server: ServerInfo;
  /** Where Neo4j Browser is, when this project knows (its local server). */
  browserUrl?: string;
  /** How the Neo4j was found, for the start-up summary. */
  origin: 'configured' | 'local (already running)' | 'local (started)';
  /** Closes the driver and stops the server if this call started it. */
  close(): Promise<void>;
}

/**
 * Finds the Neo4j to use, in order: the one configured by NEO4J_URI; a local server that
 * `npm run db:start` left running; otherwise a local server started now (and stopped by close()).
 */
export async function openNeo4j(target: Neo4jTarget, logger: Logger): Promise<OpenNeo4j> {
  if (target.kind === 'external') {
    const { kind: _kind, ...connection } = target;
    const driver = await connect(connection);
    return withServerInfo(driver, connection, 'configured', undefined, () => driver.close());
  }
  const running = runningLocalServer(target);
  if (running) {
    const driver = await connect(running.connection);
    return withServerInfo(driver, running.connection, 'local (already running)', running.browserUrl, () =>
      driver.close(),
    );
  }
  logger.info(`Starting a local Neo4j server (data in ${target.home})…`);
  const local = await startLocalNeo4j({ ...target, logger });
  try {
    const driver = await connect(local);
    return await withServerInfo(driver, local, 'local (started)', local.browserUrl, async () => {
      await driver.close();
      await local.stop();
    });
  } catch (error) {
    await local.stop();
    throw error;
  }
}

async function withServerInfo(
  driver: Driver,
  connection: Neo4jConnection,
  origin: OpenNeo4j['origin'],
  browserUrl: string | undefined,
  close: () => Promise<void>,
): Promise<OpenNeo4j> {
  try {
    const server = await checkServer(driver, connection.database);
    return { driver, connection, server, origin, close, ...(browserUrl ? { browserUrl } : {}) };
  } catch (error) {
    await close();
    throw error;
  }
}

export type ServingNeo4j = Omit<OpenNeo4j, 'server'>;

/**
 * Like openNeo4j, for a server that must come up even while Neo4j does not answer: a configured
 * or already running Neo4j gets a driver without waiting for it (DatabaseReadiness waits, with
 * backoff); only a local server this call starts is waited for, as it starts.
 */
export async function openNeo4jForServing(
  target: Neo4jTarget,
  logger: Logger,
  timeouts: DriverTimeouts,
): Promise<ServingNeo4j> {
  if (target.kind === 'external') {
    const { kind: _kind, ...connection } = target;
    const driver = createDriver(connection, timeouts);
    return { driver, connection, origin: 'configured', close: () => driver.close() };
  }
  const running = runningLocalServer(target);
  if (running) {
    const driver = createDriver(running.connection, timeouts);
    return { driver, ...running, origin: 'local (already running)', close: () => driver.close() };
  }
  logger.info(`Starting a local Neo4j server (data in ${target.home})…`);
  const local = await startLocalNeo4j({ ...target, logger });
  const driver = createDriver(local, timeouts);
  return {
    driver,
    connection: local,
    origin: 'local (started)',
    browserUrl: local.browserUrl,
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}

/** The connection to a local server `npm run db:start` left running in the target's home, if any. */
function runningLocalServer(
  target: Extract<Neo4jTarget, { kind: 'local' }>,
): { connection: Neo4jConnection; browserUrl: string } | undefined {
  const running = findRunningLocalServer(target.home);
  if (!running) return undefined;
  return {
    connection: {
      uri: localBoltUri(running.boltPort),
      username: 'neo4j',
      password: running.password,
      database: target.database,
    },
    browserUrl: localBrowserUrl(running.httpPort),
  };
}
