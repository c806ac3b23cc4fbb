import { Neo4jError, type Driver } from 'neo4j-driver';
import { generateCorpus } from '../../bench/corpus/generate-corpus';
import { ingestLoadedArticles, isIngestFailure, type IngestResult } from '../../src/ingest';
import type { ArticleGraph } from '../../src/ingest/build-article-graph';
import { writeArticle, writeArticles } from '../../src/ingest/write-article';

// The transactions are replaced by stand-ins: what is tested here is how articles are grouped,
// and what happens when a batch fails. tests/integration/ingest-articles.int.test.ts writes for real.
jest.mock('../../src/ingest/write-article');
const mockedWriteArticles = jest.mocked(writeArticles);
const mockedWriteArticle = jest.mocked(writeArticle);

const driver = {} as Driver;
const articles = [...generateCorpus({ seed: 5 }, 5)];
const ids = articles.map((article) => article.data.article.id);
const badId = ids[3]!;

function neo4jError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception');
}

function created(graph: ArticleGraph) {
  return { articleId: graph.article.id, outcome: 'created' as const };
}

beforeEach(() => {
  jest.resetAllMocks();
  mockedWriteArticles.mockImplementation((_driver, _database, graphs) => Promise.resolve(graphs.map(created)));
  mockedWriteArticle.mockImplementation((_driver, _database, graph) => Promise.resolve(created(graph)));
});

describe('ingesting articles in batches', () => {
  it('writes the articles in transactions of the batch size, reporting each in order', async () => {
    const written: IngestResult[] = [];

    const reports = await ingestLoadedArticles(driver, 'neo4j', articles, {
      batchSize: 2,
      onWritten: (result) => written.push(result),
    });

    expect(mockedWriteArticles.mock.calls.map(([, , graphs]) => graphs.map((graph) => graph.article.id))).toEqual([
      ids.slice(0, 2),
      ids.slice(2, 4),
      ids.slice(4),
    ]);
    expect(reports.map((report) => report.articleId)).toEqual(ids);
    expect(written).toEqual(reports);
    expect(written[0]).toMatchObject({ outcome: 'created', counts: { sentences: expect.any(Number) } });
    expect(written[0]!.counts.sentences).toBeGreaterThan(0);
  });

  it('writes a failed batch again one article per transaction, reporting the bad article’s error', async () => {
    const conflict = neo4jError(
      'Node already exists with label `Person`',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    );
    mockedWriteArticles.mockImplementation((_driver, _database, graphs) =>
      graphs.some((graph) => graph.article.id === badId)
        ? Promise.reject(conflict)
        : Promise.resolve(graphs.map(created)),
    );
    mockedWriteArticle.mockImplementation((_driver, _database, graph) =>
      graph.article.id === badId ? Promise.reject(conflict) : Promise.resolve(created(graph)),
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
    expect(mockedWriteArticle.mock.calls.map(([, , graph]) => graph.article.id)).toEqual([ids[2], badId]);
  });

  it('stops at a transient failure the driver’s retries did not clear, without trying one by one', async () => {
    mockedWriteArticles.mockRejectedValue(neo4jError('connection refused', 'ServiceUnavailable'));

    await expect(ingestLoadedArticles(driver, 'neo4j', articles, { batchSize: 2 })).rejects.toThrow(
      'connection refused',
    );
    expect(mockedWriteArticles).toHaveBeenCalledTimes(1);
    expect(mockedWriteArticle).not.toHaveBeenCalled();
  });

  it('writes an article named twice in two transactions, so the second sees the first', async () => {
    await ingestLoadedArticles(driver, 'neo4j', [articles[0]!, articles[1]!, articles[0]!], { batchSize: 10 });

    expect(mockedWriteArticles.mock.calls.map(([, , graphs]) => graphs.map((graph) => graph.article.id))).toEqual([
      [ids[0], ids[1]],
      [ids[0]],
    ]);
  });
});
