import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { baseGazetteer } from '../../src/extract/gazetteer';
import { extractSourceArticle, ingestSources, type SourceOutcome } from '../../src/ingest/ingest-sources';
import { ingestArticle, ingestLoadedArticle, ingestLoadedArticles, loadArticleFile } from '../../src/ingest';
import { applySchema } from '../../src/neo4j/apply-schema';
import { readSources, type SourceItem } from '../../src/sources';
import { graphFingerprint, testConnection, useEmptyDatabase } from '../support/database';
import { editedSeedCopy, SEED_ARTICLE_ID, SEED_FILE } from '../support/seed';

const { database } = testConnection();
let driver: Driver;
let folder: string;

useEmptyDatabase((connected) => {
  driver = connected;
});

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'news-graph-identity-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const MARKETS_A =
  'Shares in Paris rose on Friday after the central bank kept its rates unchanged, and traders said the ' +
  'decision had been expected for weeks. Banks led the gains while energy companies fell back.';
const MARKETS_B =
  'Oil prices fell sharply on Friday as producers in the Gulf signalled that they would pump more crude ' +
  'next month. Analysts in London said the move would ease pressure on importers across Europe.';

function line(fields: Record<string, string>): string {
  return JSON.stringify({ title: 'Markets update', source: 'Wire', published: '2021-05-07', ...fields });
}

async function ingestFile(name: string, contents: string, publishedOn?: string): Promise<SourceOutcome[]> {
  const file = path.join(folder, name);
  await writeFile(file, contents);
  return ingestSources(driver, database, await read([file]), { publishedOn });
}

async function read(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

function outcomes(results: readonly SourceOutcome[]): string[] {
  return results.map((result) => ('error' in result ? result.error.code : result.result.outcome));
}

async function articles(): Promise<{ id: string; url: string | null; text: string }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) RETURN a.id AS id, a.url AS url, a.text AS text ORDER BY a.text',
    {},
    { database },
  );
  return records.map((record) => record.toObject() as { id: string; url: string | null; text: string });
}

describe('articles with the same headline on the same day', () => {
  it('are two articles when their URLs differ (JSONL)', async () => {
    const results = await ingestFile(
      'wire.jsonl',
      [
        line({ url: 'https://wire.example/2021/05/07/markets-paris', text: MARKETS_A }),
        line({ url: 'https://wire.example/2021/05/07/markets-oil', text: MARKETS_B }),
      ].join('\n'),
    );

    expect(outcomes(results)).toEqual(['created', 'created']);
    const stored = await articles();
    expect(stored.map((article) => article.text)).toEqual([MARKETS_B, MARKETS_A]);
    expect(new Set(stored.map((article) => article.id)).size).toBe(2);
  });

  it('are two articles when two text files start alike but differ', async () => {
    const first = await ingestFile('a.txt', `Markets update\n${MARKETS_A}\n`, '2021-05-07');
    const second = await ingestFile('b.txt', `Markets update\n${MARKETS_B}\n`, '2021-05-07');

    expect([...outcomes(first), ...outcomes(second)]).toEqual(['created', 'created']);
    expect(await articles()).toHaveLength(2);
  });

  it('change nothing when ingested again', async () => {
    const contents = [
      line({ url: 'https://wire.example/a', text: MARKETS_A }),
      line({ url: 'https://wire.example/b', text: MARKETS_B }),
    ].join('\n');
    await ingestFile('wire.jsonl', contents);
    const before = await graphFingerprint(driver);

    expect(outcomes(await ingestFile('wire.jsonl', contents))).toEqual(['unchanged', 'unchanged']);
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe('an article edited at the same URL', () => {
  it('replaces what it was, under the same id, even when its headline changes', async () => {
    const url = 'https://wire.example/2021/05/07/markets-paris';
    const [first] = await ingestFile('v1.jsonl', line({ url, text: MARKETS_A }));
    const edited = `${MARKETS_A} Later in the day the index closed higher.`;
    const [second] = await ingestFile(
      'v2.jsonl',
      line({
        url: 'HTTPS://Wire.Example/2021/05/07/markets-paris?utm_source=feed#top',
        title: 'Paris shares close higher',
        text: edited,
      }),
    );

    expect(outcomes([first!, second!])).toEqual(['created', 'replaced']);
    const stored = await articles();
    expect(stored).toEqual([
      { id: 'result' in first! ? first.result.articleId : '', url: expect.any(String), text: edited },
    ]);
  });

  it('is written after the first when both are in one run, the later one winning', async () => {
    const url = 'https://wire.example/one';
    const edited = `${MARKETS_A} Later in the day the index closed higher.`;
    const results = await ingestFile(
      'both.jsonl',
      [line({ url, text: MARKETS_A }), line({ url, title: 'Another headline', text: edited })].join('\n'),
    );

    expect(outcomes(results)).toEqual(['created', 'replaced']);
    expect((await articles()).map((article) => article.text)).toEqual([edited]);
  });
});

describe('a curated article file whose id is already another article’s', () => {
  it('is refused with ARTICLE_ID_CONFLICT, leaving the stored article as it was', async () => {
    await ingestArticle(
      driver,
      database,
      await editedSeedCopy((data) => (data.article.url = 'https://www.rt.com/news/1')),
    );
    const before = await graphFingerprint(driver);
    const other = await loadArticleFile(
      await editedSeedCopy((data) => (data.article.url = 'https://www.rt.com/news/2')),
    );

    await expect(ingestLoadedArticle(driver, database, other)).rejects.toMatchObject({
      code: 'ARTICLE_ID_CONFLICT',
      message: expect.stringContaining(`Article id ${SEED_ARTICLE_ID} is already a different article's in the graph`),
    });
    const [report] = await ingestLoadedArticles(driver, database, [other]);
    expect(report).toMatchObject({ error: { code: 'ARTICLE_ID_CONFLICT' } });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('is refused when another outlet is named under the same id', async () => {
    await ingestArticle(driver, database, SEED_FILE);
    const other = await loadArticleFile(await editedSeedCopy((data) => (data.article.source.name = 'TASS')));

    await expect(ingestLoadedArticle(driver, database, other)).rejects.toMatchObject({ code: 'ARTICLE_ID_CONFLICT' });
  });

  it('still replaces the stored article when it is the same article, edited', async () => {
    await ingestArticle(driver, database, SEED_FILE);
    const edited = await loadArticleFile(await editedSeedCopy((data) => (data.article.title = 'A corrected title')));

    expect((await ingestLoadedArticle(driver, database, edited)).outcome).toBe('replaced');
  });

  it('is refused when its URL is already stored under another id', async () => {
    await ingestFile('wire.jsonl', line({ url: 'https://www.rt.com/news/1', text: MARKETS_A }));
    const curated = await loadArticleFile(
      await editedSeedCopy((data) => (data.article.url = 'https://www.rt.com/news/1')),
    );

    await expect(ingestLoadedArticle(driver, database, curated)).rejects.toMatchObject({
      code: 'ARTICLE_ID_CONFLICT',
      message: expect.stringMatching(/is already in the graph as wire-2021-05-07-markets-update-[0-9a-f]{12}/),
    });
  });
});

describe('a graph written before articles had an identity', () => {
  /** Writes articles as the older scheme did: extracted ids from outlet, date and headline only, no identity. */
  async function writeLegacyGraph(items: SourceItem[]): Promise<string[]> {
    const legacy = [];
    for (const item of items) {
      if (!item.ok) throw item.error;
      const loaded = await extractSourceArticle(item.article, baseGazetteer());
      const id = loaded.data.article.id.replace(/-[0-9a-f]{12}$/, '');
      legacy.push({ ...loaded, data: { ...loaded.data, article: { ...loaded.data.article, id } } });
    }
    await ingestLoadedArticles(driver, database, legacy);
    await driver.executeQuery('MATCH (a:Article) REMOVE a.identity, a.extracted', {}, { database });
    return legacy.map((article) => article.data.article.id);
  }

  it('is migrated by the schema step, keeping every id, and re-ingesting it changes nothing', async () => {
    await ingestArticle(driver, database, SEED_FILE);
    const jsonl = path.join(folder, 'wire.jsonl');
    await writeFile(jsonl, line({ url: 'https://wire.example/oil', text: MARKETS_B }));
    const [legacyId] = await writeLegacyGraph(await read([jsonl]));
    await driver.executeQuery('MATCH (a:Article) REMOVE a.identity, a.extracted', {}, { database });
    expect(legacyId).toBe('wire-2021-05-07-markets-update');

    await applySchema(driver, database);
    const migrated = await driver.executeQuery(
      'MATCH (a:Article) RETURN a.id AS id, a.identity AS identity, a.extracted AS extracted ORDER BY id',
      {},
      { database },
    );
    expect(migrated.records.map((record) => record.toObject())).toEqual([
      { id: SEED_ARTICLE_ID, identity: expect.stringMatching(/^text:[0-9a-f]{64}$/), extracted: false },
      { id: legacyId, identity: 'url:https://wire.example/oil', extracted: true },
    ]);
    const before = await graphFingerprint(driver);
    await applySchema(driver, database);
    expect(await graphFingerprint(driver)).toBe(before);

    expect((await ingestArticle(driver, database, SEED_FILE)).outcome).toBe('unchanged');
    const again = await ingestSources(driver, database, await read([jsonl]));
    expect(
      again.map((outcome) =>
        'result' in outcome ? [outcome.result.articleId, outcome.result.outcome] : outcome.error.code,
      ),
    ).toEqual([[legacyId, 'unchanged']]);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('gets back an article the older ids had written over, leaving the stored one where it is', async () => {
    const jsonl = path.join(folder, 'wire.jsonl');
    await writeFile(
      jsonl,
      [
        line({ url: 'https://wire.example/paris', text: MARKETS_A }),
        line({ url: 'https://wire.example/oil', text: MARKETS_B }),
      ].join('\n'),
    );
    // The older scheme kept only the second of the two: they had one id.
    const [, second] = await read([jsonl]);
    const [legacyId] = await writeLegacyGraph([second!]);
    await applySchema(driver, database);

    const results = await ingestSources(driver, database, await read([jsonl]));
    expect(
      results.map((outcome) =>
        'result' in outcome ? [outcome.result.articleId, outcome.result.outcome] : outcome.error.code,
      ),
    ).toEqual([
      [expect.stringMatching(/^wire-2021-05-07-markets-update-[0-9a-f]{12}$/), 'created'],
      [legacyId, 'unchanged'],
    ]);
  });
});
