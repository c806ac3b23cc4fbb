import { Neo4jError, type Driver } from 'neo4j-driver';
import { generateCorpus } from '../../bench/corpus/generate-corpus';
import { ingestLoadedArticles, isIngestFailure, type IngestResult } from '../../src/ingest';
import type { LoadedArticle } from '../../src/ingest/load-article-file';
import { writeLoadedArticles } from '../../src/write/write-loaded-articles';

// The transactions are replaced by stand-ins: what is tested here is how articles are grouped,
// and what happens when a batch fails. tests/integration/ingest-articles.int.test.ts writes for real.
jest.mock('../../src/write/write-loaded-articles', () => ({
  ...jest.requireActual<object>('../../src/write/write-loaded-articles'),
  writeLoadedArticles: jest.fn(),
}));
const mockedWrite = jest.mocked(writeLoadedArticles);
const batchesWritten = () => mockedWrite.mock.calls.map(([, , batch]) => batch.map(idOf));

const driver = {} as Driver;
const articles = [...generateCorpus({ seed: 5 }, 5)];
const ids = articles.map((article) => article.data.article.id);
const badId = ids[3]!;

function neo4jError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception');
}

function idOf(article: LoadedArticle): string {
  return article.data.article.id;
}

function created(article: LoadedArticle) {
  const counts = { sentences: 1, entities: 1, events: 0, mentions: 1, facts: 0, claims: 0, quotes: 0 };
  return { articleId: idOf(article), outcome: 'created' as const, counts };
}

beforeEach(() => {
  jest.resetAllMocks();
  mockedWrite.mockImplementation((_driver, _database, batch) => Promise.resolve(batch.map(created)));
});

describe('ingesting articles in batches', () => {
  it('writes the articles in transactions of the batch size, reporting each in order', async () => {
    const written: IngestResult[] = [];

    const reports = await ingestLoadedArticles(driver, 'neo4j', articles, {
      batchSize: 2,
      onWritten: (result) => written.push(result),
    });

    expect(batchesWritten()).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect(reports.map((report) => report.articleId)).toEqual(ids);
    expect(written).toEqual(reports);
    expect(written[0]).toMatchObject({ outcome: 'created', counts: { sentences: 1 } });
  });

  it('writes a failed batch again one article per transaction, reporting the bad article’s error', async () => {
    const conflict = neo4jError(
      'Node already exists with label `Person`',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    );
    mockedWrite.mockImplementation((_driver, _database, batch) =>
      batch.some((article) => idOf(article) === badId) ? Promise.reject(conflict) : Promise.resolve(batch.map(created)),
    );
    const failed: string[] = [];

    const reports = await ingestLoadedArticles(driver, 'neo4j', articles, {
      batchSize: 2,
      onFailed: (failure) => failed.push(failure.articleId),
    });

    expect(reports.map((report) => [report.articleId, isIngestFailure(report) ? 'failed' : report.outcome])).toEqual([
      [ids[0], 'created'],
      [ids[1], 'created'],
      [ids[2], 'created'],
      [badId, 'failed'],
      [ids[4], 'created'],
    ]);
    expect(reports[3]).toEqual({ articleId: badId, error: conflict });
    expect(failed).toEqual([badId]);
    expect(batchesWritten().slice(1)).toEqual([[ids[2], badId], [ids[2]], [badId], [ids[4]]]);
  });

  it('stops at a transient failure the driver’s retries did not clear, without trying one by one', async () => {
    mockedWrite.mockRejectedValue(neo4jError('connection refused', 'ServiceUnavailable'));

    await expect(ingestLoadedArticles(driver, 'neo4j', articles, { batchSize: 2 })).rejects.toThrow(
      'connection refused',
    );
    expect(mockedWrite).toHaveBeenCalledTimes(1);
  });

  it('writes an article named twice in two transactions, so the second sees the first', async () => {
    await ingestLoadedArticles(driver, 'neo4j', [articles[0]!, articles[1]!, articles[0]!], { batchSize: 10 });

    expect(batchesWritten()).toEqual([[ids[0], ids[1]], [ids[0]]]);
  });
});
