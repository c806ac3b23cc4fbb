import pino from 'pino';
import type { Neo4jConnection } from '../../src/neo4j/driver';
import { TRIGGER_REFRESH_MS } from '../../src/neo4j/local/neo4j-conf';
import { startTemporaryNeo4j } from '../../src/neo4j/local/start-temporary-neo4j';

export interface TestNeo4j {
  connection: Neo4jConnection;
  httpPort?: number;
  origin: 'NEO4J_URI' | 'testcontainers' | 'local';
  stop(): Promise<void>;
}

const NEO4J_IMAGE = 'neo4j:5.26-community';

/**
 * A real Neo4j for the integration tests, in order: the server NEO4J_URI names (only with
 * ALLOW_TEST_DATABASE_RESET=true, since tests empty the database); Testcontainers when a Docker
 * engine answers; otherwise a local server from Maven Central on free ports in a temp folder.
 */
export async function provideTestNeo4j(): Promise<TestNeo4j> {
  const uri = process.env.NEO4J_URI?.trim();
  if (uri) {
    if (process.env.ALLOW_TEST_DATABASE_RESET !== 'true') {
      throw new Error(
        `NEO4J_URI is set (${uri}), and the integration tests delete everything in the database they use. ` +
          'Set ALLOW_TEST_DATABASE_RESET=true to run them against it, or unset NEO4J_URI to let them ' +
          'start a throwaway server.',
      );
    }
    return {
      origin: 'NEO4J_URI',
      connection: {
        uri,
        username: process.env.NEO4J_USERNAME?.trim() || 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE?.trim() || 'neo4j',
      },
      stop: () => Promise.resolve(),
    };
  }
  if (await dockerAnswers()) return startContainer();
  return startLocal();
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainer(): Promise<TestNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE)
    .withApoc()
    // As the local server and Docker Compose: a transaction gives up waiting for a lock after 5 s.
    // As the local server and Docker Compose: APOC triggers on, for the graph's change log.
    .withEnvironment({
      NEO4J_db_lock_acquisition_timeout: '5s',
      APOC_TRIGGER_ENABLED: 'true',
      APOC_TRIGGER_REFRESH: String(TRIGGER_REFRESH_MS),
    })
    .start();
  return {
    origin: 'testcontainers',
    connection: {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
    },
    stop: async () => {
      await container.stop();
    },
  };
}

async function startLocal(): Promise<TestNeo4j> {
  const server = await startTemporaryNeo4j({
    folderPrefix: 'news-graph-test-neo4j-',
    heap: '512m',
    logger: pino({ level: 'warn' }),
  });
  return {
    origin: 'local',
    connection: { uri: server.uri, username: server.username, password: server.password, database: server.database },
    httpPort: server.httpPort,
    stop: () => server.stop(),
  };
}
