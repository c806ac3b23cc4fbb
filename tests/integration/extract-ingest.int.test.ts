import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestSources, type SourceOutcome } from '../../src/ingest/ingest-sources';
import { ingestArticle } from '../../src/ingest';
import { readSources, type SourceItem } from '../../src/sources';
import { graphFingerprint, testConnection, useEmptyDatabase } from '../support/database';
import { SEED_FILE, SEED_TEXT_FILE } from '../support/seed';

const { database } = testConnection();
const EVAL_FOLDER = path.resolve(__dirname, '../../data/eval');
const WIRE_REPORT = path.join(EVAL_FOLDER, 'meridian-2018-03-14-russia-turkey-astana-round.txt');
const ANALYSIS = path.join(EVAL_FOLDER, 'northbridge-2018-03-20-analysis-syria-two-tracks.txt');
let driver: Driver;

async function read(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

async function rows(query: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(query, parameters, { database, routing: 'READ' });
  return records.map((record) => record.toObject());
}

function written(outcome: SourceOutcome | undefined): string {
  if (!outcome || 'error' in outcome) throw new Error(`not written: ${JSON.stringify(outcome)}`);
  return outcome.result.articleId;
}

useEmptyDatabase((connected) => {
  driver = connected;
});

beforeEach(async () => {
  await ingestArticle(driver, database, SEED_FILE);
});

describe('ingesting an article of our own on top of the seed', () => {
  it('links the people already in the graph instead of duplicating them, and says why', async () => {
    const [outcome] = await ingestSources(driver, database, await read([WIRE_REPORT]), { publishedOn: '2018-03-14' });
    const articleId = written(outcome);

    // "Sergei Lavrov" is the seed's Sergey Lavrov; Putin and Peskov are the seed's too.
    const people = await rows(
      `MATCH (p:Person) WHERE p.name CONTAINS 'Lavrov' OR p.name CONTAINS 'Putin' OR p.name CONTAINS 'Peskov'
       RETURN p.id AS id ORDER BY id`,
    );
    expect(people.map((row) => row.id)).toEqual([
      'person:dmitry-peskov',
      'person:sergey-lavrov',
      'person:vladimir-putin',
    ]);
    const links = await rows(
      `MATCH (p:Person)-[m:MENTIONED_IN]->(s:Sentence {articleId: $articleId})
       WHERE p.id IN ['person:sergey-lavrov', 'person:vladimir-putin', 'person:dmitry-peskov']
       RETURN p.id AS id, m.text AS text, m.reason AS reason, m.extracted AS extracted`,
      { articleId },
    );
    expect(new Set(links.map((row) => row.id))).toEqual(
      new Set(['person:sergey-lavrov', 'person:vladimir-putin', 'person:dmitry-peskov']),
    );
    const sergei = links.find((row) => row.text === 'Sergei Lavrov');
    expect(sergei).toMatchObject({ extracted: true });
    expect(sergei?.reason).toMatch(/spelling variant of Sergey Lavrov/);
  });

  it('keeps a different Lavrov apart from the foreign minister', async () => {
    const [outcome] = await ingestSources(driver, database, await read([ANALYSIS]), { publishedOn: '2018-03-20' });
    written(outcome);
    const lavrovs = await rows(`MATCH (p:Person) WHERE p.name CONTAINS 'Lavrov' RETURN p.id AS id ORDER BY id`);
    expect(lavrovs.map((row) => row.id)).toEqual(['person:kirill-lavrov', 'person:sergey-lavrov']);
  });

  it('marks extracted facts with a confidence and curated ones as curated', async () => {
    const [outcome] = await ingestSources(driver, database, await read([WIRE_REPORT]), { publishedOn: '2018-03-14' });
    const articleId = written(outcome);
    const [facts] = await rows(
      `MATCH ()-[r]->() WHERE r.articleId IS NOT NULL AND r.id IS NOT NULL
       RETURN sum(CASE WHEN r.articleId = $articleId AND r.extracted AND 0 < r.confidence < 1 THEN 1 ELSE 0 END) AS extracted,
              sum(CASE WHEN r.articleId <> $articleId AND NOT r.extracted AND r.confidence = 1.0 THEN 1 ELSE 0 END) AS curated,
              sum(CASE WHEN r.articleId = $articleId THEN 1 ELSE 0 END) AS ofArticle,
              sum(CASE WHEN r.articleId <> $articleId THEN 1 ELSE 0 END) AS ofSeed`,
      { articleId },
    );
    expect(Number(facts!.ofArticle)).toBeGreaterThan(10);
    expect(facts!.extracted).toEqual(facts!.ofArticle);
    expect(facts!.curated).toEqual(facts!.ofSeed);
  });

  it('changes nothing when run again', async () => {
    await ingestSources(driver, database, await read([WIRE_REPORT]), { publishedOn: '2018-03-14' });
    const before = await graphFingerprint(driver);
    const [again] = await ingestSources(driver, database, await read([WIRE_REPORT]), { publishedOn: '2018-03-14' });
    expect(again).toMatchObject({ result: { outcome: 'unchanged' } });
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe('ingesting many articles at once', () => {
  it('writes them several per transaction, reports each, and changes nothing when run again', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'news-graph-batch-'));
    try {
      for (const file of [WIRE_REPORT, ANALYSIS]) {
        await writeFile(path.join(folder, path.basename(file)), await readFile(file, 'utf8'));
      }
      await writeFile(path.join(folder, 'empty.txt'), '');
      const items = await read([folder]);
      const outcomes = await ingestSources(driver, database, items, { publishedOn: '2018-03-14', batchSize: 2 });

      const byFile = new Map(
        outcomes.map((outcome) => [
          path.basename(outcome.origin),
          'error' in outcome ? outcome.error.code : outcome.result.outcome,
        ]),
      );
      expect(byFile).toEqual(
        new Map([
          ['empty.txt', 'SOURCE_EMPTY'],
          [path.basename(WIRE_REPORT), 'created'],
          [path.basename(ANALYSIS), 'created'],
        ]),
      );
      const [articles] = await rows(`MATCH (a:Article) RETURN count(a) AS count`);
      expect(Number(articles!.count)).toBe(3);
      const lavrovs = await rows(`MATCH (p:Person) WHERE p.name CONTAINS 'Lavrov' RETURN p.id AS id ORDER BY id`);
      expect(lavrovs.map((row) => row.id)).toEqual(['person:kirill-lavrov', 'person:sergey-lavrov']);

      const before = await graphFingerprint(driver);
      const again = await ingestSources(driver, database, items, { publishedOn: '2018-03-14', batchSize: 2 });
      expect(again.map((outcome) => ('error' in outcome ? outcome.error.code : outcome.result.outcome)).sort()).toEqual(
        ['SOURCE_EMPTY', 'unchanged', 'unchanged'],
      );
      expect(await graphFingerprint(driver)).toBe(before);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('inputs that cannot be read as an article', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'news-graph-robustness-'));
    await writeFile(path.join(folder, 'a-empty.txt'), '');
    await writeFile(
      path.join(folder, 'b-binary.txt'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00, 0x13]),
    );
    await writeFile(path.join(folder, 'c-huge.txt'), 'Putin met Trump in Da Nang. '.repeat(190_000));
    // Thirty copies of the seed's text: well under the size limit, too long to be one article.
    await writeFile(path.join(folder, 'c-long.txt'), (await readFile(SEED_TEXT_FILE, 'utf8')).repeat(30));
    await writeFile(
      path.join(folder, 'd-russian.txt'),
      'Президент России Владимир Путин и президент США Дональд Трамп приняли совместное заявление по Сирии. ' +
        'Документ был опубликован на полях саммита АТЭС во Вьетнаме, сообщили в Кремле.',
    );
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reports each with a clear reason and writes nothing for any of them', async () => {
    const before = await graphFingerprint(driver);
    const outcomes = await ingestSources(driver, database, await read([folder]), { publishedOn: '2018-03-14' });

    const codes = outcomes.map((outcome) => ('error' in outcome ? outcome.error.code : 'written'));
    expect(codes).toEqual([
      'SOURCE_EMPTY',
      'SOURCE_BINARY',
      'SOURCE_TOO_LARGE',
      'SOURCE_TOO_LONG',
      'SOURCE_NOT_ENGLISH',
    ]);
    for (const outcome of outcomes) {
      if ('error' in outcome) expect(outcome.error.message).toContain(path.basename(outcome.origin));
    }
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('reads malformed HTML as far as it goes, and writes the whole article or nothing', async () => {
    const page = path.join(folder, 'e-malformed.html');
    await writeFile(
      page,
      '<html><head><title>Lavrov meets Cavusoglu</title><body><div><p>MOSCOW – Russian Foreign Minister Sergei Lavrov ' +
        'met his Turkish counterpart Mevlut Cavusoglu on Wednesday.<p>“We agreed to keep the ceasefire,” Lavrov ' +
        'told reporters after the talks in Moscow.<div class="newsletter">Sign up for our newsletter</div><p unclosed',
    );
    const [outcome] = await ingestSources(driver, database, await read([page]), { publishedOn: '2018-03-14' });
    const articleId = written(outcome);
    const [article] = await rows(
      `MATCH (a:Article {id: $articleId})-[:HAS_SENTENCE]->(s) RETURN a.text AS text, count(s) AS sentences`,
      { articleId },
    );
    expect(article!.text).toContain('Mevlut Cavusoglu');
    expect(article!.text).not.toContain('newsletter');
    const [quote] = await rows(
      `MATCH (p:Person)-[:SAID]->(q:Quote {articleId: $articleId}) RETURN p.id AS speaker, q.text AS text`,
      { articleId },
    );
    expect(quote).toEqual({ speaker: 'person:sergey-lavrov', text: 'We agreed to keep the ceasefire' });
  });
});
