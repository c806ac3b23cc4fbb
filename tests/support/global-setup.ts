import { provideTestNeo4j, type TestNeo4j } from './test-neo4j';

declare global {
  // Shared with global-teardown.ts, which runs in the same process.
  var testNeo4j: TestNeo4j | undefined;
}

/** Starts one Neo4j for all integration tests and hands its connection to the test workers. */
export default async function globalSetup(): Promise<void> {
  const neo4j = await provideTestNeo4j();
  globalThis.testNeo4j = neo4j;
  process.env.TEST_NEO4J_URI = neo4j.connection.uri;
  process.env.TEST_NEO4J_USERNAME = neo4j.connection.username;
  process.env.TEST_NEO4J_PASSWORD = neo4j.connection.password;
  process.env.TEST_NEO4J_DATABASE = neo4j.connection.database;
  if (neo4j.httpPort) process.env.TEST_NEO4J_HTTP_PORT = String(neo4j.httpPort);
  process.stdout.write(`\nIntegration tests use Neo4j at ${neo4j.connection.uri} (${neo4j.origin}).\n`);
}
