import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { findFreePort } from './free-port';
import { startLocalNeo4j, type LocalNeo4jServer } from './start-local-neo4j';

export interface TemporaryNeo4j extends LocalNeo4jServer {
  home: string;
  httpPort: number;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/**
 * A local Neo4j on free ports, in a new temporary folder that is deleted when it stops: the
 * throwaway server tests and benchmarks run against.
 */
export async function startTemporaryNeo4j(options: {
  folderPrefix: string;
  heap: string;
  logger: Logger;
}): Promise<TemporaryNeo4j> {
  const home = await mkdtemp(path.join(os.tmpdir(), options.folderPrefix));
  const httpPort = await findFreePort();
  try {
    const server = await startLocalNeo4j({
      home,
      boltPort: await findFreePort(),
      httpPort,
      heap: options.heap,
      database: 'neo4j',
      logger: options.logger,
    });
    return {
      ...server,
      home,
      httpPort,
      stop: async () => {
        await server.stop();
        await rm(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}
