import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { documentsWithExamples } from '../../src/graphql/example-sections';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';

const { database } = testConnection();

/** Every Cypher block the README and docs/ show, with the document it is in. */
async function documentedCypher(): Promise<{ document: string; cypher: string }[]> {
  const blocks = [];
  for (const document of documentsWithExamples()) {
    const markdown = await readFile(path.join(PROJECT_ROOT, document), 'utf8');
    for (const match of markdown.matchAll(/```cypher\n([\s\S]*?)```/g)) blocks.push({ document, cypher: match[1]! });
  }
  return blocks;
}

describe('the Cypher the README and docs/ show', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await connectToSeededGraph();
  });

  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('runs on the seed article and finds something', async () => {
    const blocks = await documentedCypher();
    expect(blocks.map((block) => block.document)).toContain('README.md');
    for (const { document, cypher } of blocks) {
      const { records } = await driver.executeQuery(cypher, {}, { database, routing: 'READ' });
      expect({ document, cypher, found: records.length > 0 }).toEqual({ document, cypher, found: true });
    }
  });
});
