import { readFile } from 'node:fs/promises';
import { SCHEMA_FILE, splitCypherStatements } from '../../src/neo4j/apply-schema';
import { Kind, parse, valueFromASTUntyped, type FieldDefinitionNode } from 'graphql';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { TYPE_DEFINITIONS_FILE } from '../../src/graphql/build-schema';
import { readCostModel } from '../../src/graphql/cost-model';
import { ENTITY_KINDS, FACT_RELATIONSHIP_TYPES } from '../../src/vocabulary/relationship-types';

/** A field of the Query type in schema.graphql. */
async function queryField(name: string): Promise<FieldDefinitionNode> {
  const document = parse(await readFile(TYPE_DEFINITIONS_FILE, 'utf8'));
  const field = document.definitions
    .flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query'
        ? (definition.fields ?? [])
        : [],
    )
    .find((candidate) => candidate.name.value === name);
  if (!field) throw new Error(`schema.graphql has no Query.${name}`);
  return field;
}

function cypherStatement(field: FieldDefinitionNode): string {
  const cypher = field.directives?.find((directive) => directive.name.value === 'cypher');
  const statement = cypher?.arguments?.find((argument) => argument.name.value === 'statement');
  return statement ? String(valueFromASTUntyped(statement.value)) : '';
}

describe('cypher/schema.cypher', () => {
  it('splits into statements, leaving out comments', () => {
    expect(splitCypherStatements('// a comment\nCREATE INDEX a;\n\nCREATE INDEX b\nFOR (n:X) ON (n.y);\n')).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b\nFOR (n:X) ON (n.y)',
    ]);
  });

  it('makes every statement idempotent', async () => {
    const statements = splitCypherStatements(await readFile(SCHEMA_FILE, 'utf8'));
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it('has a uniqueness constraint on the id of every node label and fact relationship type', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    for (const label of ['Article', 'Sentence', 'Entity', 'Claim', 'Quote', ...ENTITY_KINDS]) {
      expect(schema).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    }
    for (const type of FACT_RELATIONSHIP_TYPES) {
      expect(schema).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.id IS UNIQUE`));
    }
  });

  it('indexes the article id of claims, quotes and every fact relationship type, for replacing an article', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    for (const label of ['Claim', 'Quote']) {
      expect(schema).toMatch(new RegExp(`INDEX \\w+ IF NOT EXISTS FOR \\(n:${label}\\) ON \\(n\\.articleId\\)`));
    }
    for (const type of FACT_RELATIONSHIP_TYPES) {
      expect(schema).toMatch(
        new RegExp(`INDEX \\w+ IF NOT EXISTS FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.articleId\\)`),
      );
    }
  });

  it('indexes names, aliases, claim text and quote text for fulltext search', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toMatch(
      /FULLTEXT INDEX search[\s\S]*FOR \(n:Entity\|Claim\|Quote\) ON EACH \[n\.name, n\.aliases, n\.text\]/,
    );
  });
});

describe('schema.graphql against the code that writes the graph', () => {
  it('looks up the evidence of every fact relationship type, and only those', async () => {
    const statement = cypherStatement(await queryField('evidence'));
    const types = [...statement.matchAll(/\[r:(\w+) \{id: \$id\}\]/g)].map((match) => match[1]);
    expect([...types].sort()).toEqual([...FACT_RELATIONSHIP_TYPES].sort());
  });

  it('says in each custom list the page size its Cypher clamps to', async () => {
    const { fieldBounds } = readCostModel(await readFile(TYPE_DEFINITIONS_FILE, 'utf8'));
    expect(fieldBounds.size).toBeGreaterThan(0);
    for (const [key, bounds] of fieldBounds) {
      const field = await queryField(key.replace(/^Query\./, ''));
      expect({ key, description: field.description?.value }).toEqual({
        key,
        description: expect.stringContaining(`At most ${bounds.max} a page`),
      });
      expect(bounds.default).toBeLessThanOrEqual(bounds.max);
    }
  });

  it('has docs/graphql.md name every page size the types declare with @limit', async () => {
    const { typeBounds } = readCostModel(await readFile(TYPE_DEFINITIONS_FILE, 'utf8'));
    const doc = await readFile(path.join(PROJECT_ROOT, 'docs/graphql.md'), 'utf8');
    for (const bounds of new Set([...typeBounds.values()].map((b) => `${b.default} and ${b.max}`))) {
      expect(doc).toContain(bounds);
    }
  });
});
