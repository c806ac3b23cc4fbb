import { readFile } from 'node:fs/promises';
import { graphql, Kind, parse, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema, TYPE_DEFINITIONS_FILE } from './build-schema';

/**
 * Translation tests, as neo4j/graphql's TCK: what Cypher and parameters @neo4j/graphql makes of
 * each custom @cypher query, checked without a database. A transaction that records what it is
 * asked to run and answers with no rows stands in for Neo4j; what the statements return is
 * tested against a real Neo4j in tests/integration.
 */
interface Run {
  cypher: string;
  params: Record<string, unknown>;
}

const NO_UPDATES = { counters: { updates: () => ({}) } };

function recordingTransaction(runs: Run[]) {
  return {
    run: (cypher: string, params: Record<string, unknown>) => {
      // The library asks once which Neo4j it talks to; it is told the version this project needs.
      if (cypher.includes('dbms.components')) {
        return Promise.resolve({ records: [['5.26.0', 'community']], summary: NO_UPDATES });
      }
      runs.push({ cypher, params });
      return Promise.resolve({ records: [], summary: NO_UPDATES });
    },
  };
}

// One operation for each custom root query, with arguments a client would send.
const OPERATIONS: Record<string, { query: string; arguments: Record<string, unknown> }> = {
  search: {
    query: '{ search(query: "ISIL (formerly)", kinds: ["Organization"], limit: 7) { id label } }',
    arguments: { query: 'ISIL (formerly)', kinds: ['Organization'], limit: 7 },
  },
  connection: {
    query: '{ connection(fromId: "person:sergey-lavrov", toId: "person:dmitry-peskov", maxHops: 3) { length } }',
    arguments: { fromId: 'person:sergey-lavrov', toId: 'person:dmitry-peskov', maxHops: 3 },
  },
  timeline: {
    query: '{ timeline(entityId: "person:vladimir-putin", order: DESC, limit: 5, offset: 2) { id } }',
    arguments: { entityId: 'person:vladimir-putin', order: 'DESC', limit: 5, offset: 2 },
  },
  evidence: {
    query: '{ evidence(id: "claim:x/no-military-solution") { text } }',
    arguments: { id: 'claim:x/no-military-solution' },
  },
  entityLinks: {
    query: '{ entityLinks(entityId: "country:syria", limit: 9) { relationship } }',
    arguments: { entityId: 'country:syria', limit: 9 },
  },
  corroboration: {
    query: '{ corroboration(entityId: "country:syria", minArticles: 2) { articles } }',
    arguments: { entityId: 'country:syria', minArticles: 2 },
  },
  possibleDuplicates: {
    query: '{ possibleDuplicates(limit: 5, offset: 1) { entityId candidateId score } }',
    arguments: { limit: 5, offset: 1 },
  },
};

describe('the Cypher of the custom queries', () => {
  let schema: GraphQLSchema;
  let statements: Map<string, string>;

  beforeAll(async () => {
    // The driver is never reached: every operation runs in the recording transaction.
    schema = await buildSchema({} as Driver, { database: 'neo4j' });
    const typeDefs = parse(await readFile(TYPE_DEFINITIONS_FILE, 'utf8'));
    statements = new Map();
    for (const definition of typeDefs.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Query') continue;
      for (const field of definition.fields ?? []) {
        const cypher = field.directives?.find((directive) => directive.name.value === 'cypher');
        const statement = cypher?.arguments?.find((argument) => argument.name.value === 'statement');
        if (statement?.value.kind === Kind.STRING) statements.set(field.name.value, statement.value.value);
      }
    }
  });

  const translate = async (query: string): Promise<Run[]> => {
    const runs: Run[] = [];
    const result = await graphql({
      schema,
      source: query,
      contextValue: { executionContext: recordingTransaction(runs) },
    });
    expect(result.errors).toBeUndefined();
    return runs;
  };

  it('has a translation case for every custom query of schema.graphql', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual([...statements.keys()].sort());
  });

  it.each(Object.entries(OPERATIONS))(
    'runs the statement of %s as written, with every argument a parameter',
    async (field, operation) => {
      const runs = await translate(operation.query);
      expect(runs).toHaveLength(1);
      const [run] = runs as [Run];
      const statement = statements.get(field) ?? '';
      const parameters = statementParameters(statement, run.cypher);
      for (const [name, value] of Object.entries(operation.arguments)) {
        const parameter = parameters[name];
        expect({ name, value: parameter === undefined ? undefined : toPlain(run.params[parameter]) }).toEqual({
          name,
          value,
        });
        // A client's words never become Cypher text.
        if (typeof value === 'string' && !statement.includes(value)) expect(run.cypher).not.toContain(value);
      }
      expect(run.cypher).toMatchSnapshot();
    },
  );

  it('pages a node list once: the library skips the offset, the statement only bounds the page', async () => {
    const [run] = (await translate(OPERATIONS.timeline!.query)) as [Run];
    const skips = [...run.cypher.matchAll(/\bSKIP (?:\$\w+|CASE)/g)];
    expect(skips).toHaveLength(1);
  });
});

/**
 * Where each `$name` of the statement went in the Cypher the library made (it renames them to
 * `$param0`, `$param1`, …): the statement must appear whole, word for word but for those names.
 */
function statementParameters(statement: string, cypher: string): Record<string, string> {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const names: string[] = [];
  const pattern = squash(statement)
    .split(/\$(\w+)/)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part);
      return '\\$(\\w+)';
    })
    .join('');
  const match = new RegExp(pattern).exec(squash(cypher));
  if (!match) throw new Error(`The statement does not appear in the Cypher:\n${cypher}`);
  const parameters: Record<string, string> = {};
  names.forEach((name, index) => {
    const parameter = match[index + 1]!;
    if (parameters[name] !== undefined && parameters[name] !== parameter) {
      throw new Error(`$${name} became both $${parameters[name]} and $${parameter}`);
    }
    parameters[name] = parameter;
  });
  return parameters;
}

/** neo4j-driver integers as numbers, for comparison. */
function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  return value;
}
