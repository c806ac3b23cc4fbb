import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { ENTITY_LINKS_CYPHER, PERSON_CYPHER, TIMELINE_CYPHER } from './person-query';

const HAND_WRITTEN: Record<string, string> = {
  EntityLinks: ENTITY_LINKS_CYPHER,
  Timeline: TIMELINE_CYPHER,
};

/**
 * The baseline: a minimal HTTP handler that reads the GraphQL request's `operationName` and
 * `variables` (`{ "id": … }`), runs the hand-written Cypher of that operation (the person read
 * when there is none) through the driver in a read transaction and returns JSON. No framework,
 * no GraphQL: what is left is the cost of Neo4j, the driver and HTTP.
 */
export async function startCypherHandler(
  driver: Driver,
  database: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      void (async () => {
        try {
          const { operationName, variables } = JSON.parse(body) as {
            operationName?: string;
            variables: { id: string };
          };
          const query = operationName ? HAND_WRITTEN[operationName] : undefined;
          const { records } = await driver.executeQuery(
            query ?? PERSON_CYPHER,
            { id: variables.id },
            { database, routing: 'READ' },
          );
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify(
              query
                ? { rows: records.map((record) => record.get('row') as unknown) }
                : { person: (records[0]?.get('person') as unknown) ?? null },
            ),
          );
        } catch (error) {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cypher`,
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
