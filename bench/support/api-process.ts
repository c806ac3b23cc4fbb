/*
 * The benchmark API (api.ts) in a process of its own, so that variants which differ in how Node
 * itself runs (V8 flags such as the young generation's size) can be measured side by side.
 * argv[2]: JSON { connection, options }. Prints {"url": …} on stdout once it serves; stops on SIGTERM.
 */
import { connect, type Neo4jConnection } from '../../src/neo4j/driver';
import { startBenchApi } from './api';

const { connection, options } = JSON.parse(process.argv[2] ?? '{}') as {
  connection: Neo4jConnection;
  options: Parameters<typeof startBenchApi>[1];
};

void (async () => {
  const driver = await connect(connection);
  const api = await startBenchApi({ driver, database: connection.database }, options);
  process.stdout.write(`${JSON.stringify({ url: api.url })}\n`);
  process.once('SIGTERM', () => {
    void api
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
})();
