import type { Driver, Plan } from 'neo4j-driver';
import { generateCorpus } from '../../bench/corpus/generate-corpus';
import {
  ingestLoadedArticle,
  ingestLoadedArticles,
  isIngestFailure,
  type ArticleIngestReport,
  type LoadedArticle,
} from '../../src/ingest';
import { buildArticleGraph } from '../../src/write';
import { poolArticleRows } from '../../src/write/pool-article-rows';
import { FACT_RELATIONSHIP_TYPES } from '../../src/vocabulary/relationship-types';
import { REMOVE_ARTICLE_FACTS, writeSteps } from '../../src/write/write-article';
import { countByLabel, graphFingerprint, resetDatabase, testConnection, useEmptyDatabase } from '../support/database';

const { database } = testConnection();
const corpus = [...generateCorpus({ seed: 11 }, 30)];
let driver: Driver;

/** An edited version of an article: a new title, its first relationship gone. */
function edited(article: LoadedArticle): LoadedArticle {
  const { data } = article;
  return {
    ...article,
    data: {
      ...data,
      article: { ...data.article, title: `${data.article.title} (corrected)` },
      relationships: data.relationships.slice(1),
    },
    source: `${article.source}\u0000corrected`,
  };
}

async function oneByOne(articles: readonly LoadedArticle[]): Promise<string[]> {
  const outcomes: string[] = [];
  for (const article of articles) outcomes.push((await ingestLoadedArticle(driver, database, article)).outcome);
  return outcomes;
}

function outcomes(reports: readonly ArticleIngestReport[]): string[] {
  return reports.map((report) => (isIngestFailure(report) ? `failed: ${report.error.message}` : report.outcome));
}

/** The fingerprint and outcomes of `articles` written one by one, then with the graph emptied again. */
async function referenceFor(articles: readonly LoadedArticle[]): Promise<{ fingerprint: string; outcomes: string[] }> {
  await resetDatabase(driver);
  const written = await oneByOne(articles);
  const fingerprint = await graphFingerprint(driver);
  await resetDatabase(driver);
  return { fingerprint, outcomes: written };
}

useEmptyDatabase((connected) => {
  driver = connected;
});

describe('ingesting articles several per transaction', () => {
  it('leaves exactly the graph that writing them one by one leaves, and changes nothing when run again', async () => {
    const reference = await referenceFor(corpus);

    const reports = await ingestLoadedArticles(driver, database, corpus, { batchSize: 7 });

    expect(outcomes(reports)).toEqual(corpus.map(() => 'created'));
    expect(reports.map((report) => report.articleId)).toEqual(corpus.map((article) => article.data.article.id));
    expect(await graphFingerprint(driver)).toBe(reference.fingerprint);

    const again = await ingestLoadedArticles(driver, database, corpus, { batchSize: 7 });

    expect(outcomes(again)).toEqual(corpus.map(() => 'unchanged'));
    expect(await graphFingerprint(driver)).toBe(reference.fingerprint);
  });

  it('replaces edited articles and skips unchanged ones inside a batch, as one by one would', async () => {
    const first = corpus.slice(0, 20);
    const edits = new Set([2, 5, 11]);
    // Unchanged, edited and new articles in the same batches.
    const second = [
      ...first.map((article, index) => (edits.has(index) ? edited(article) : article)),
      ...corpus.slice(20),
    ];
    const reference = await referenceFor([...first, ...second]);

    await ingestLoadedArticles(driver, database, first, { batchSize: 6 });
    const reports = await ingestLoadedArticles(driver, database, second, { batchSize: 6 });

    expect(outcomes(reports)).toEqual(reference.outcomes.slice(first.length));
    expect(outcomes(reports)).toEqual([
      ...first.map((_, index) => (edits.has(index) ? 'replaced' : 'unchanged')),
      ...corpus.slice(20).map(() => 'created'),
    ]);
    expect(await graphFingerprint(driver)).toBe(reference.fingerprint);
  });

  it('writes an article named twice in one call twice, the second replacing the first', async () => {
    const articles = [corpus[0]!, corpus[1]!, edited(corpus[0]!), corpus[2]!];
    const reference = await referenceFor(articles);

    const reports = await ingestLoadedArticles(driver, database, articles, { batchSize: 10 });

    expect(outcomes(reports)).toEqual(['created', 'created', 'replaced', 'created']);
    expect(await graphFingerprint(driver)).toBe(reference.fingerprint);
  });

  it('writes the other articles of a batch when one cannot be written, and reports its error', async () => {
    // A Person node outside the Entity label with the id of a person only article 4 names: the
    // article's entity then breaks the person_id uniqueness constraint.
    const others = new Set(
      corpus.filter((_, index) => index !== 4).flatMap((article) => article.data.entities.map((entity) => entity.id)),
    );
    const personId = buildArticleGraph(corpus[4]!).entities.find(
      (entity) => entity.kind === 'Person' && !others.has(entity.id),
    )?.id;
    expect(personId).toBeDefined();
    await driver.executeQuery('CREATE (:Person {id: $personId})', { personId }, { database });
    const failed: string[] = [];

    const reports = await ingestLoadedArticles(driver, database, corpus, {
      batchSize: 7,
      onFailed: (failure) => failed.push(failure.articleId),
    });

    expect(failed).toEqual([corpus[4]!.data.article.id]);
    expect(outcomes(reports)[4]).toMatch(/^failed: .*already exists with label `Person`/);
    expect(outcomes(reports).filter((outcome) => outcome === 'created')).toHaveLength(corpus.length - 1);
    expect((await countByLabel(driver)).Article).toBe(corpus.length - 1);
  });
});

/** The operators of a statement's plan, planned afresh (as after a restart or a replan). */
async function planOperators(query: string, parameters: Record<string, unknown>): Promise<string[]> {
  const { summary } = await driver.executeQuery(`CYPHER replan=force EXPLAIN ${query}`, parameters, { database });
  const operators: string[] = [];
  const walk = (plan: Plan) => {
    operators.push(plan.operatorType.replace(/@.*$/, ''));
    plan.children.forEach(walk);
  };
  walk(summary.plan as Plan);
  return operators;
}

describe('the write statements’ plans', () => {
  const steps = writeSteps(poolArticleRows(corpus.map(buildArticleGraph)));

  it('start from indexes, never a scan, planned on an empty database or just after a load', async () => {
    for (const articles of [[], corpus]) {
      await ingestLoadedArticles(driver, database, articles);
      for (const step of steps) {
        const operators = await planOperators(step.query, { rows: step.rows });
        expect({ query: step.query, scans: operators.filter((operator) => /Scan/.test(operator)) }).toEqual({
          query: step.query,
          scans: [],
        });
      }
    }
  });

  it('replace an edited article through index seeks, never a scan, planned on an empty database or just after a load', async () => {
    for (const articles of [[], corpus]) {
      await ingestLoadedArticles(driver, database, articles);

      const operators = await planOperators(REMOVE_ARTICLE_FACTS, { articleIds: [corpus[0]!.data.article.id] });

      expect(operators.filter((operator) => /Scan/.test(operator))).toEqual([]);
      // One seek per fact type, and one for the doubts the article raised (POSSIBLY_SAME_AS).
      expect(operators.filter((operator) => operator === 'DirectedRelationshipIndexSeek')).toHaveLength(
        FACT_RELATIONSHIP_TYPES.length + 1,
      );
    }
  });
});
