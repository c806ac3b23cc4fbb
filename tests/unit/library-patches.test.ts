import { createRequire } from 'node:module';
import path from 'node:path';

// The patch is not reachable through the package's exports map, so its files are loaded by path.
const dist = path.dirname(require.resolve('@neo4j/graphql'));
const load = (file: string): unknown => createRequire(__filename)(path.join(dist, file));

interface InterfaceAdapter {
  name: string;
}

describe('patches/@neo4j+graphql (applied by npm install)', () => {
  it('builds one adapter per interface and reuses it, instead of one per connection field per request', () => {
    const { InterfaceEntity } = load('schema-model/entity/InterfaceEntity.js') as {
      InterfaceEntity: new (options: { name: string; concreteEntities: unknown[] }) => object;
    };
    const { getEntityInterfaces } = load('translate/queryAST/utils/get-entity-interfaces.js') as {
      getEntityInterfaces: (entity: { compositeEntities: object[] }) => InterfaceAdapter[];
    };
    const entity = new InterfaceEntity({ name: 'Entity', concreteEntities: [] });
    const person = { compositeEntities: [entity] };

    const [first] = getEntityInterfaces(person);
    const [second] = getEntityInterfaces(person);
    expect(first?.name).toBe('Entity');
    expect(second).toBe(first);
  });

  it('runs each query as driver.executeQuery does (BEGIN sent with the query), keeping database, routing, bookmarks and timeout', async () => {
    const { Executor } = load('classes/Executor.js') as {
      Executor: new (options: object) => { execute(query: string, parameters: object, mode: string): Promise<unknown> };
    };
    const bookmarkManager = {};
    const calls: { query: string; parameters: object; config: Record<string, any> }[] = [];
    const driver = {
      executeQueryBookmarkManager: bookmarkManager,
      session: () => {
        throw new Error('the patched executor opens no session of its own');
      },
      executeQuery: (query: string, parameters: object, config: Record<string, any>) => {
        calls.push({ query, parameters, config });
        return Promise.resolve({ records: [], summary: {} });
      },
    };
    const executor = new Executor({
      executionContext: driver,
      sessionConfig: { database: 'news' },
      transaction: { timeout: 1234 },
    });
    await executor.execute('MATCH (n) RETURN n', { id: 1 }, 'READ');
    await executor.execute('CREATE (n)', {}, 'WRITE');

    expect(calls.map((call) => call.config.routing)).toEqual(['READ', 'WRITE']);
    for (const { config } of calls) {
      expect(config.database).toBe('news');
      expect(config.bookmarkManager).toBe(bookmarkManager);
      expect(config.transactionConfig.timeout).toBe(1234);
    }
    expect(calls[0]?.query).toMatch(/^CYPHER 5\nMATCH \(n\) RETURN n$/);
    expect(calls[0]?.parameters).toEqual({ id: 1 });
  });
});
