import { createRequire } from 'node:module';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';

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

  describe('translation cache', () => {
    interface Stats {
      hits: number;
      misses: number;
      bypasses: number;
    }
    const { translationCacheStats } = load('translate/translation-cache.js') as { translationCacheStats: () => Stats };
    const statements: { query: string; parameters: Record<string, unknown> }[] = [];
    // A driver that answers the version query and returns no rows for anything else.
    const driver = {
      executeQueryBookmarkManager: {},
      session: () => {
        throw new Error('the patched executor opens no session of its own');
      },
      executeQuery: (query: string, parameters: Record<string, unknown>) => {
        const components = query.includes('dbms.components');
        if (!components) statements.push({ query, parameters });
        return Promise.resolve({
          records: components ? [['5.26.0', 'community']] : [],
          summary: { counters: { updates: () => ({}) } },
        });
      },
    };
    const typeDefs = `
      type Movie @node { title: String! }
      type Query { titled(title: String!): [String!]! @cypher(statement: "RETURN $title AS t", columnName: "t") }
    `;
    let schema: GraphQLSchema;
    const ask = async (document: DocumentNode, variableValues: Record<string, unknown>, contextValue: object = {}) => {
      const result = await execute({ schema, document, variableValues, contextValue });
      expect(result.errors).toBeUndefined();
    };
    const since = (before: Stats): Stats => {
      const now = translationCacheStats();
      return {
        hits: now.hits - before.hits,
        misses: now.misses - before.misses,
        bypasses: now.bypasses - before.bypasses,
      };
    };

    beforeAll(async () => {
      schema = await new Neo4jGraphQL({ typeDefs, driver: driver as never }).getSchema();
    });
    beforeEach(() => (statements.length = 0));

    it('translates an anonymous read once per document, field and variable values', async () => {
      const document = parse('query Movies($title: String!) { movies(where: { title: { eq: $title } }) { title } }');
      const run = (title: string) => ask(document, { title });
      const before = translationCacheStats();
      await run('Alien');
      await run('Alien');
      await run('Heat');
      expect(since(before)).toEqual({ hits: 1, misses: 2, bypasses: 0 });
      expect(statements[1]).toEqual(statements[0]);
      expect(statements[2]?.query).toBe(statements[0]?.query);
      expect(Object.values(statements[0]?.parameters ?? {})).toContain('Alien');
      expect(Object.values(statements[2]?.parameters ?? {})).toContain('Heat');
      expect(Object.values(statements[2]?.parameters ?? {})).not.toContain('Alien');
    });

    it('prints the query tree for debug output only when that output is on', async () => {
      const { QueryAST } = load('translate/queryAST/ast/QueryAST.js') as {
        QueryAST: { prototype: { print(): string } };
      };
      const print = jest.spyOn(QueryAST.prototype, 'print');
      try {
        await ask(parse('query Movie { movies(limit: 1) { title } }'), {});
        expect(statements).toHaveLength(1);
        expect(print).not.toHaveBeenCalled();
      } finally {
        print.mockRestore();
      }
    });

    it('caches custom @cypher queries too, and never the reads of a caller with a token or verified claims', async () => {
      // Servers parse a document once (Apollo's document store): the cache is per parsed document.
      const query = parse('query Titled($title: String!) { titled(title: $title) }');
      const before = translationCacheStats();
      await ask(query, { title: 'Alien' });
      await ask(query, { title: 'Alien' });
      await ask(query, { title: 'Alien' }, { jwt: { roles: ['admin'] } });
      await ask(query, { title: 'Alien' }, { token: 'Bearer not-checked-here' });
      expect(since(before)).toEqual({ hits: 1, misses: 1, bypasses: 2 });
    });
  });
});
