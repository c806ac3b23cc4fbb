import { readFile } from 'node:fs/promises';
import { SCHEMA_FILE, splitCypherStatements } from '../../src/neo4j/apply-schema';
import { ENTITY_KINDS, FACT_RELATIONSHIP_TYPES } from '../../src/vocabulary/relationship-types';

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
