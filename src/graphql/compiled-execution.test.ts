import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  GraphQLError,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import { compiledExecutionGateway } from './compiled-execution';

// The shapes @neo4j/graphql's schema has: an interface, nested lists, a custom scalar, input
// objects with defaults, and resolvers that throw with and without a code.
const typeDefs = /* GraphQL */ `
  scalar Day
  interface Entity {
    id: ID!
    name: String
  }
  type Person implements Entity {
    id: ID!
    name: String
    born: Day
    knows(limit: Int = 2): [Entity!]!
  }
  type Country implements Entity {
    id: ID!
    name: String
    capital: String!
  }
  input EntityWhere {
    name: String
    kind: String = "any"
  }
  type Query {
    entities(where: EntityWhere, limit: Int = 10): [Entity!]!
    echo(where: EntityWhere, limit: Int = 10): String
    failing: String
    coded: String
    broken: Country
    executor: String
  }
`;

const people = [
  { __typename: 'Person', id: 'person:a', name: 'Ann', born: new Date(Date.UTC(1950, 0, 2)) },
  { __typename: 'Person', id: 'person:b', name: 'Bob', born: null },
  { __typename: 'Country', id: 'country:c', name: 'Cland', capital: 'C City' },
];

const schema = buildSchema(typeDefs);
(schema.getType('Day') as GraphQLScalarType).serialize = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value;
(schema.getType('Entity') as GraphQLInterfaceType).resolveType = (entity) =>
  (entity as { __typename: string }).__typename;
withResolvers('Person', {
  knows: (_person: unknown, args: { limit: number }) => people.slice(0, args.limit),
});
withResolvers('Query', {
  entities: (_root: unknown, args: { limit: number }) => people.slice(0, args.limit),
  echo: (_root: unknown, args: unknown) => JSON.stringify(args),
  failing: () => {
    throw new Error('no such thing');
  },
  coded: () => {
    throw new GraphQLError('too many', { extensions: { code: 'QUERY_TOO_COSTLY' } });
  },
  // A non-null field answered with null: the error goes up to the nearest nullable parent.
  broken: () => ({ __typename: 'Country', id: 'country:x', name: 'X', capital: null }),
  // graphql-js's response paths name the parent type; graphql-jit's do not.
  executor: (_root: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) =>
    info.path.typename ? 'graphql-js' : 'graphql-jit',
});

function withResolvers(typeName: string, resolvers: Record<string, GraphQLFieldResolver<unknown, unknown, never>>) {
  const fields = (schema.getType(typeName) as GraphQLObjectType).getFields();
  for (const [name, resolve] of Object.entries(resolvers))
    fields[name]!.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
}

const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'nested lists, an interface, fragments and aliases',
    query: `query Q($limit: Int) {
      entities(limit: $limit) { __typename id ...Named ... on Person { born friends: knows { id ... on Country { capital } } } }
    }
    fragment Named on Entity { name }`,
    variables: { limit: 3 },
  },
  {
    name: 'a non-null variable with a default, left out',
    query: 'query Q($limit: Int! = 1) { entities(limit: $limit) { id } }',
  },
  {
    name: 'a variable inside an input object, left out',
    query: 'query Q($name: String, $limit: Int) { echo(where: { name: $name }, limit: $limit) }',
  },
  {
    name: 'a variable inside an input object, given as null',
    query: 'query Q($name: String) { echo(where: { name: $name }) }',
    variables: { name: null },
  },
  {
    name: 'variables that do not fit their types',
    query: 'query Q($limit: Int!) { entities(limit: $limit) { id } }',
    variables: { limit: 'ten' },
  },
  {
    name: 'a required variable left out',
    query: 'query Q($limit: Int!) { entities(limit: $limit) { id } }',
  },
  { name: 'a resolver that throws', query: 'query Q { failing echo }' },
  { name: 'a resolver that throws with a code', query: 'query Q { coded }' },
  { name: 'null in a non-null field', query: 'query Q { broken { id capital } echo }' },
];

async function startApollo(options: { compileAt?: number; interpreted?: boolean }): Promise<ApolloServer> {
  const apollo = options.interpreted
    ? new ApolloServer({ schema })
    : new ApolloServer({ gateway: compiledExecutionGateway(schema, { compileAt: options.compileAt ?? 1 }) });
  await apollo.start();
  return apollo;
}

async function run(apollo: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await apollo.executeOperation({ query, ...(variables ? { variables } : {}) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}

describe('compiledExecutionGateway', () => {
  let interpreted: ApolloServer;
  let compiled: ApolloServer;
  beforeAll(async () => {
    interpreted = await startApollo({ interpreted: true });
    compiled = await startApollo({ compileAt: 1 });
  });
  afterAll(async () => {
    await Promise.all([interpreted.stop(), compiled.stop()]);
  });

  it.each(OPERATIONS)('answers $name exactly as graphql-js does', async ({ query, variables }) => {
    const expected = await run(interpreted, query, variables);
    // Twice: the first request may compile, the second runs what was compiled.
    expect(await run(compiled, query, variables)).toEqual(expected);
    expect(await run(compiled, query, variables)).toEqual(expected);
  });

  it('gives errors the codes and paths the error formatter reads', async () => {
    const { result } = await run(compiled, 'query Q { coded failing }');
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['coded'], 'QUERY_TOO_COSTLY'],
      [['failing'], 'INTERNAL_SERVER_ERROR'],
    ]);
  });

  it('runs a document on graphql-js until its compileAt-th request, then compiled', async () => {
    const apollo = await startApollo({ compileAt: 2 });
    try {
      const query = 'query Q { executor }';
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push((await run(apollo, query)).result.data?.executor);
      expect(answers).toEqual(['graphql-js', 'graphql-jit', 'graphql-jit']);
    } finally {
      await apollo.stop();
    }
  });

  it('runs a request that leaves out a variable without a default on graphql-js', async () => {
    const query = 'query Q($name: String) { executor echo(where: { name: $name }) }';
    expect((await run(compiled, query, { name: 'Ann' })).result.data?.executor).toBe('graphql-jit');
    expect((await run(compiled, query)).result.data).toEqual({
      executor: 'graphql-js',
      echo: '{"where":{"kind":"any"},"limit":10}',
    });
  });
});
