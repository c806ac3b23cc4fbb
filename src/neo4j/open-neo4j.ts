import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Neo4jTarget } from '../config';
import { checkServer, type ServerInfo } from './check-server';
import { connect, createDriver, type DriverTimeouts, type Neo4jConnection } from './driver';
import { localBoltUri, localBrowserUrl } from './local/local-server-files';
import { describeOwner, waitForLocalServer, type LocalServerState } from './local/local-server-state';
import { DEFAULT_START_TIMEOUT_MS, startLocalNeo4j, type LocalNeo4jServer } from './local/start-local-neo4j';

export interface OpenNeo4j {
  driver: Driver;
  connection: Neo4jConnection;
  server: ServerInfo;
  /** Where Neo4j Browser is, when this project knows (its local server). */
  browserUrl?: string;
  /** How the Neo4j was found, for the start-up summary. */
  origin: 'configured' | 'local (already running)' | 'local (started)';
  /** For a local server another command started: which, and whether it outlives that command. */
  startedBy?: LocalServerState;
  /** Closes the driver and stops the server if this call started it. */
  close(): Promise<void>;
}

/**
 * Finds the Neo4j to use, in order: the one configured by NEO4J_URI; a local server another
 * project command started (`npm run db:start`, `npm start`, …), waited for while it starts;
 * otherwise a local server started now for `command` (and stopped by close()).
 */
export async function openNeo4j(target: Neo4jTarget, logger: Logger, command: string): Promise<OpenNeo4j> {
  if (target.kind === 'external') {
    const { kind: _kind, ...connection } = target;
    const driver = await connect(connection);
    return withServerInfo({ driver, connection, origin: 'configured', close: () => driver.close() });
  }
  const running = await runningLocalServer(target, logger);
  if (running) {
    const driver = await connect(running.connection);
    return withServerInfo({ driver, ...running, origin: 'local (already running)', close: () => driver.close() });
  }
  logger.info(`Starting a local Neo4j server (data in ${target.home})…`);
  const local = await startLocalNeo4j({ ...target, logger, command });
  try {
    const driver = await connect(local);
    return await withServerInfo(startedHere(local, driver));
  } catch (error) {
    await local.stop();
    throw error;
  }
}

async function withServerInfo(found: ServingNeo4j): Promise<OpenNeo4j> {
  try {
    const server = await checkServer(found.driver, found.connection.database);
    return { ...found, server };
  } catch (error) {
    await found.close();
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
  command: string,
): Promise<ServingNeo4j> {
  if (target.kind === 'external') {
    const { kind: _kind, ...connection } = target;
    const driver = createDriver(connection, timeouts);
    return { driver, connection, origin: 'configured', close: () => driver.close() };
  }
  const running = await runningLocalServer(target, logger);
  if (running) {
    const driver = createDriver(running.connection, timeouts);
    return { driver, ...running, origin: 'local (already running)', close: () => driver.close() };
  }
  logger.info(`Starting a local Neo4j server (data in ${target.home})…`);
  const local = await startLocalNeo4j({ ...target, logger, command });
  return startedHere(local, createDriver(local, timeouts));
}

/** A local server this command started: closing it closes the driver, then stops the server. */
function startedHere(local: LocalNeo4jServer, driver: Driver): ServingNeo4j {
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

/**
 * Which Neo4j a command uses and who stops it, for the command to say: a user running a second
 * command must know that the first one's server is in use, and that it goes when that one stops.
 */
export function describeNeo4j(neo4j: ServingNeo4j, command: string): string {
  const uri = neo4j.connection.uri;
  switch (neo4j.origin) {
    case 'configured':
      return `Using Neo4j at ${uri} (NEO4J_URI); ${command} neither starts nor stops it.`;
    case 'local (started)':
      return `Using the local Neo4j at ${uri}, which ${command} started and stops when it exits.`;
    case 'local (already running)':
      return (
        `Using the local Neo4j at ${uri} that another command started: ` +
        `${neo4j.startedBy ? describeOwner(neo4j.startedBy) : 'it keeps running'}.`
      );
    default: {
      const unknown: never = neo4j.origin;
      return unknown;
    }
  }
}

/**
 * The connection to a local server another command started in the target's home, if any; while
 * one is starting, waits for it rather than starting a second on the same data.
 */
async function runningLocalServer(
  target: Extract<Neo4jTarget, { kind: 'local' }>,
  logger: Logger,
): Promise<Pick<OpenNeo4j, 'connection' | 'browserUrl' | 'startedBy'> | undefined> {
  const running = await waitForLocalServer(target.home, DEFAULT_START_TIMEOUT_MS, (state) =>
    logger.info(`Waiting for the local Neo4j that \`${state.command}\` is starting in ${target.home}…`),
  );
  if (!running) return undefined;
  const { password, ...startedBy } = running;
  return {
    connection: {
      uri: localBoltUri(running.boltPort),
      username: 'neo4j',
      password,
      database: target.database,
    },
    browserUrl: localBrowserUrl(running.httpPort),
    startedBy,
  };
}
