import { readFile } from 'node:fs/promises';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { buildSchema, TYPE_DEFINITIONS_FILE } from '../../src/graphql/build-schema';
import { readCostModel, type CostModel } from '../../src/graphql/cost-model';
import { estimateQueryCost } from '../../src/graphql/query-cost';

// The schema is built without a database: @neo4j/graphql only connects to run a query.
let driver: Driver;
let schema: GraphQLSchema;
let model: CostModel;

beforeAll(async () => {
  driver = neo4j.driver('bolt://127.0.0.1:1');
  schema = await buildSchema(driver, { database: 'neo4j' });
  model = readCostModel(await readFile(TYPE_DEFINITIONS_FILE, 'utf8'));
});

afterAll(() => driver.close());

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  estimateQueryCost(schema, model, parse(query), variables);

describe('the cost model read from schema.graphql', () => {
  it('takes page bounds from @limit, custom lists from their limit and Cypher clamp, weights from @cost', () => {
    expect(model.typeBounds.get('Sentence')).toEqual({ default: 50, max: 200 });
    expect(model.typeBounds.get('Entity')).toEqual({ default: 20, max: 100 });
    expect(model.fieldBounds.get('Query.search')).toEqual({ default: 20, max: 100 });
    expect(model.fieldBounds.get('Query.entityLinks')).toEqual({ default: 50, max: 200 });
    expect(model.fieldWeights.get('Article.text')).toBe(100);
  });

  it('refuses a custom list whose limit its Cypher does not clamp', () => {
    expect(() =>
      readCostModel(
        `type Query { things(limit: Int = 5): [String!]! @cypher(statement: "RETURN 1 AS x", columnName: "x") }`,
      ),
    ).toThrow(/Query.things takes a limit but its Cypher has no "LIMIT CASE WHEN \$limit > N THEN N" clamp/);
  });
});

describe('the estimated cost of a query', () => {
  it('counts a field 1, and multiplies a list by its default page size when no limit is given', () => {
    expect(cost('{ people { id name } }')).toBe(1 + 20 * 2);
    expect(cost('{ sentences { id } }')).toBe(1 + 50 * 1);
  });

  it('multiplies nested lists down the nesting, by the limits asked for, clamped to the maximum', () => {
    expect(cost('{ people(limit: 3) { quotes(limit: 2) { id } } }')).toBe(1 + 3 * (1 + 2 * 1));
    expect(cost('{ people(limit: 5000) { id } }')).toBe(1 + 100);
  });

  it('counts limits given as variables', () => {
    expect(cost('query ($n: Int) { people(limit: $n) { id } }', { n: 7 })).toBe(1 + 7);
  });

  it('weighs an article text as @cost says', () => {
    expect(cost('{ articles(limit: 1) { text } }')).toBe(1 + 100);
  });

  it('multiplies connections by `first`, not again by their edges', () => {
    expect(cost('{ peopleConnection(first: 4) { edges { node { id } } } }')).toBe(1 + 4 * (1 + (1 + 1)));
  });

  it('counts the costliest of the fragments on an interface', () => {
    const person = cost('{ entities(limit: 1) { ... on Person { quotes(limit: 10) { id } } } }');
    const both = cost(
      '{ entities(limit: 1) { ... on Person { quotes(limit: 10) { id } } ... on Country { quotes(limit: 2) { id } } } }',
    );
    expect(both).toBe(person);
  });

  it('counts a filter on ids as at most that many items', () => {
    expect(cost('{ people(where: { id: { eq: "person:a" } }) { id } }')).toBe(1 + 1);
    expect(cost('{ people(where: { id: { in: ["person:a", "person:b"] } }) { id } }')).toBe(1 + 2);
  });

  it('costs custom lists by their own page bounds, and unbounded lists at a fixed estimate', () => {
    expect(cost('{ search(query: "x") { id } }')).toBe(1 + 20);
    expect(cost('{ search(query: "x", limit: 1000) { id } }')).toBe(1 + 100);
    expect(cost('{ evidence(id: "x") { text } }')).toBe(1 + 20);
  });

  it('does not multiply introspection, answered from the schema in memory: the IDE can read its docs', () => {
    const introspection = cost(getIntrospectionQuery());
    expect(introspection).toBeLessThan(50_000);
    // Still one per field selected, so a data field inside the same query is costed as usual.
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(5);
    expect(cost('{ __typename people { name } }')).toBe(1 + 1 + 20);
  });
});
