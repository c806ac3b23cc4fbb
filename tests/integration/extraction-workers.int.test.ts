import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestSources, type SourceOutcome } from '../../src/ingest/ingest-sources';
import { ingestArticle } from '../../src/ingest';
import { readSources, type SourceItem } from '../../src/sources';
import { resetDatabase, testConnection, useEmptyDatabase } from '../support/database';
import { SEED_FILE, SEED_TEXT_FILE } from '../support/seed';

const { database } = testConnection();
const EVAL_FOLDER = path.resolve(__dirname, '../../data/eval');
const PUBLISHED = '2018-03-14';
let driver: Driver;

useEmptyDatabase((connected) => {
  driver = connected;
});

async function read(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

/** Every article text of the evaluation sets, plain and HTML, in a fixed order. */
function evalFiles(): string[] {
  return [EVAL_FOLDER, path.join(EVAL_FOLDER, 'clusters')].flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => /\.(txt|html)$/.test(file))
      .sort()
      .map((file) => path.join(folder, file)),
  );
}

/** The graph's nodes and relationships with their properties, less the edit log (its times and ids differ by run). */
async function graphRows(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:Edit
     RETURN apoc.convert.toJson([apoc.coll.sort(labels(n)), properties(n)]) AS row
     UNION ALL
     MATCH (a)-[r]->(b) WHERE NOT a:Edit AND NOT b:Edit
     RETURN apoc.convert.toJson([a.id, type(r), b.id, properties(r)]) AS row`,
    {},
    { database, routing: 'READ' },
  );
  return records.map((record) => record.get('row') as string).sort();
}

function codes(outcomes: readonly SourceOutcome[]): string[] {
  return outcomes.map((outcome) => ('error' in outcome ? outcome.error.code : outcome.result.outcome));
}

describe('extraction on worker threads', () => {
  it('writes the same graph from a run of articles on two workers as in one thread', async () => {
    const items = await read(evalFiles());
    expect(items.length).toBeGreaterThanOrEqual(15);
    const graphAfter = async (extractionWorkers: number) => {
      await resetDatabase(driver);
      await ingestArticle(driver, database, SEED_FILE);
      const outcomes = await ingestSources(driver, database, items, { publishedOn: PUBLISHED, extractionWorkers });
      expect(codes(outcomes).every((code) => code === 'created')).toBe(true);
      return graphRows();
    };
    const inThread = await graphAfter(0);
    expect(inThread.length).toBeGreaterThan(1000);
    expect(await graphAfter(2)).toEqual(inThread);
  });

  it('reports the inputs it cannot extract with the same codes and words as in one thread', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'news-graph-workers-'));
    try {
      const wire = path.join(EVAL_FOLDER, 'meridian-2018-03-14-russia-turkey-astana-round.txt');
      await writeFile(path.join(folder, 'a-empty.txt'), '');
      await writeFile(path.join(folder, 'b-wire.txt'), await readFile(wire, 'utf8'));
      await writeFile(path.join(folder, 'c-long.txt'), (await readFile(SEED_TEXT_FILE, 'utf8')).repeat(30));
      await writeFile(path.join(folder, 'd-seed.txt'), await readFile(SEED_TEXT_FILE, 'utf8'));
      const items = await read([folder]);
      const run = async (extractionWorkers: number, extractionBudgetMs?: number) => {
        await resetDatabase(driver);
        const outcomes = await ingestSources(driver, database, items, {
          publishedOn: PUBLISHED,
          extractionWorkers,
          extractionBudgetMs,
        });
        return outcomes.map((outcome) => [
          path.basename(outcome.origin),
          'error' in outcome ? `${outcome.error.code}: ${outcome.error.message}` : outcome.result.outcome,
        ]);
      };
      const inThread = await run(0);
      expect(inThread.map(([file, outcome]) => `${file} ${outcome!.split(':')[0]}`).sort()).toEqual([
        'a-empty.txt SOURCE_EMPTY',
        'b-wire.txt created',
        'c-long.txt SOURCE_TOO_LONG',
        'd-seed.txt created',
      ]);
      expect(await run(2)).toEqual(inThread);

      // Over the budget: each readable article is refused with the in-thread code, and nothing is written.
      const slow = await run(2, 1);
      expect(slow.map(([file, outcome]) => `${file} ${outcome!.split(':')[0]}`).sort()).toEqual([
        'a-empty.txt SOURCE_EMPTY',
        'b-wire.txt SOURCE_EXTRACTION_TOO_SLOW',
        'c-long.txt SOURCE_TOO_LONG',
        'd-seed.txt SOURCE_EXTRACTION_TOO_SLOW',
      ]);
      expect(slow.find(([file]) => file === 'b-wire.txt')![1]).toMatch(
        /b-wire\.txt: extracting this article took over its time budget of 1 ms/,
      );
      expect(await graphRows()).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
