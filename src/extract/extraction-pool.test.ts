import { readdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { readSources, type SourceItem } from '../sources';
import { articleInput } from './article-input';
import { extractArticle } from './extract-article';
import { analysesAhead, ExtractionPool } from './extraction-pool';
import { baseGazetteer } from './gazetteer';
import { gazetteerFromArticleFile } from './graph-gazetteer';

const EVAL_FOLDER = path.resolve(__dirname, '../../data/eval');
const PUBLISHED = '2018-03-14';

/** Every article text of the evaluation sets, plain and HTML, in a fixed order. */
async function evalTexts(): Promise<SourceItem[]> {
  const files = [EVAL_FOLDER, path.join(EVAL_FOLDER, 'clusters')].flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => /\.(txt|html)$/.test(file))
      .sort()
      .map((file) => path.join(folder, file)),
  );
  const items: SourceItem[] = [];
  for await (const item of readSources(files)) items.push(item);
  return items;
}

/** Extracts a run of articles as ingestSources does: each one's entities known to the next. */
async function extractRun(items: readonly SourceItem[], pool: ExtractionPool | undefined): Promise<unknown[]> {
  const gazetteer = [...baseGazetteer()];
  const files: unknown[] = [];
  for (const { item, analysis } of analysesAhead(items, pool, { publishedOn: PUBLISHED, budgetMs: 60_000 })) {
    if (!item.ok) throw item.error;
    const file = extractArticle(articleInput(item.article, PUBLISHED), gazetteer, { analysis: await analysis });
    gazetteer.push(...gazetteerFromArticleFile(file));
    files.push(file);
  }
  return files;
}

describe('ExtractionPool', () => {
  let pool: ExtractionPool;

  beforeAll(() => {
    pool = new ExtractionPool(2);
  });

  afterAll(async () => {
    await pool.close();
  });

  it('gives the same article files with texts analysed on two worker threads as in this thread', async () => {
    const items = await evalTexts();
    expect(items.length).toBeGreaterThanOrEqual(15);
    const inThread = await extractRun(items, undefined);
    expect(await extractRun(items, pool)).toEqual(inThread);
  });

  it('stops a text whose analysis outlasts its budget with SOURCE_EXTRACTION_TOO_SLOW, then goes on', async () => {
    const [item] = await evalTexts();
    if (!item?.ok) throw new Error('no eval text');
    const input = articleInput(item.article, PUBLISHED);
    const long = { ...input, text: input.text.repeat(20) };
    const slow = pool.analyze(long, 1);
    await expect(slow).rejects.toBeInstanceOf(AppError);
    const error = (await slow.catch((thrown: unknown) => thrown)) as AppError;
    expect(error.code).toBe('SOURCE_EXTRACTION_TOO_SLOW');
    expect(
      error.message.startsWith(`${item.article.origin}: extracting this article took over its time budget of 1 ms`),
    ).toBe(true);
    // The worker was replaced: the next texts are analysed as before.
    const [again, other] = await Promise.all([pool.analyze(input, 60_000), pool.analyze(input, 60_000)]);
    expect(again.personTerms.length).toBeGreaterThan(0);
    expect(other).toEqual({ ...again, elapsedMs: other.elapsedMs });
  });

  it('counts the time a text took on a worker against the article budget on the main thread', async () => {
    const [item] = await evalTexts();
    if (!item?.ok) throw new Error('no eval text');
    const input = articleInput(item.article, PUBLISHED);
    const analysis = await pool.analyze(input, 60_000);
    expect(() =>
      extractArticle(input, baseGazetteer(), { analysis: { ...analysis, elapsedMs: 5_000 }, budgetMs: 4_000 }),
    ).toThrow(expect.objectContaining({ code: 'SOURCE_EXTRACTION_TOO_SLOW' }) as Error);
  });
});
