import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadExampleOperations } from './example-operations';
import { renderExampleSections } from './example-sections';

describe('the example operations', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'news-graph-examples-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads title, description and operation from each file, in file-name order', async () => {
    await writeFile(path.join(folder, '02-b.graphql'), '# B\n# Second.\nquery B {\n  b\n}\n');
    await writeFile(path.join(folder, '01-a.graphql'), '# A\n# First, on\n# two lines.\nquery A {\n  a\n}\n');
    const examples = loadExampleOperations(folder);
    expect(
      examples.map(({ name, title, description, operation }) => ({ name, title, description, operation })),
    ).toEqual([
      { name: 'A', title: 'A', description: 'First, on two lines.', operation: 'query A {\n  a\n}\n' },
      { name: 'B', title: 'B', description: 'Second.', operation: 'query B {\n  b\n}\n' },
    ]);
  });

  it('refuses a file without a description or a named operation, naming it', async () => {
    await writeFile(path.join(folder, 'bad.graphql'), '# Title only\n{ a }\n');
    expect(() => loadExampleOperations(folder)).toThrow(/bad\.graphql must start with a title line/);
  });

  it('fills a section with the examples it names, and refuses a name no example has', async () => {
    await writeFile(path.join(folder, '01-a.graphql'), '# A\n# First.\nquery A {\n  a\n}\n');
    const examples = loadExampleOperations(folder);
    const markdown = 'Intro\n\n<!-- examples: A -->\nstale\n<!-- /examples -->\n';
    expect(renderExampleSections(markdown, examples)).toBe(
      'Intro\n\n<!-- examples: A -->\n\nFirst:\n\n```graphql\nquery A {\n  a\n}\n```\n\n<!-- /examples -->\n',
    );
    expect(() => renderExampleSections('<!-- examples: Z -->\n<!-- /examples -->', examples)).toThrow(
      /No example operation is named Z/,
    );
  });
});
