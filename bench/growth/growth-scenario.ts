import { performance } from 'node:perf_hooks';
import type { ArticleGraph } from '../../src/write/build-article-graph';
import { buildArticleGraph } from '../../src/write/build-article-graph';
import { ingestLoadedArticle } from '../../src/ingest/ingest-article';
import { DEFAULT_INGEST_BATCH_SIZE } from '../../src/ingest/ingest-articles';
import type { LoadedArticle } from '../../src/ingest/load-article-file';
import { generateArticle, generateCorpus } from '../corpus/generate-corpus';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { ingestAll } from '../support/fill';
import { machineInfo } from '../support/machine';
import { isIndexBacked, profileDbHits } from '../support/profile';
import type { Cell, ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round, timed } from '../support/stats';
import { FLAT_QUERIES, KEY_QUERIES, type KeyQueryName } from './key-queries';

export interface GrowthOptions {
  seed: number;
  steps: number[];
  /** Articles timed at each step: this many in batches, then this many one by one. */
  window: number;
  /** Concurrent writers that fill the database up to each step (not timed). */
  fillWorkers: number;
  queryRuns: number;
  command: string;
}

// One fill writer: the pipeline's batches keep the server busy, and a second writer measured no
// faster on this 2-core machine (it would also contend for locks on the hub entities).
export const GROWTH_DEFAULTS = { steps: [1000, 10000, 50000], window: 100, fillWorkers: 1, queryRuns: 20 };

const COST_TARGET = 1.3;
const FLAT_TOLERANCE = 1.1;
/** The largest step. */
const FULL_SIZE = 50_000;
/** Articles handed to `ingestLoadedArticles` at a time while filling. */
const FILL_CHUNK = DEFAULT_INGEST_BATCH_SIZE * 8;

interface StepFigures {
  articles: number;
  /** Median of the articles written one per transaction. */
  perArticleMs: number;
  /** The batched half of the window: its time over its articles. */
  batchedPerArticleMs: number;
  replaceMs: number;
  queries: Record<KeyQueryName, { dbHits: number; ms: number; indexBacked: boolean }>;
}

/**
 * Scenario 2: per-article ingest cost and key query cost as the corpus grows. Query cost is
 * read from PROFILE's database hits, which machine noise does not change.
 */
export async function runGrowthScenario(neo4j: BenchNeo4j, options: GrowthOptions): Promise<ScenarioResult> {
  const { driver, database } = neo4j;
  const corpusOptions = { seed: options.seed };
  await neo4j.reset();
  const parameters = keyQueryParameters(options.seed);
  const first = generateArticle(0, corpusOptions);
  const edited: LoadedArticle = {
    ...first,
    data: { ...first.data, article: { ...first.data.article, title: `${first.data.article.title} (edited)` } },
    source: `${first.source} edited`,
  };

  let ingested = 0;
  let fillMs = 0;
  let filled = 0;
  const writeBatched = (articles: readonly LoadedArticle[]) => ingestAll(driver, database, articles);
  // The pipeline, `ingestLoadedArticles`, fed a few batches at a time so that 50,000 articles
  // never sit in memory whole.
  const fill = async (to: number) => {
    const started = performance.now();
    filled += to - ingested;
    const articles = generateCorpus(corpusOptions, to, ingested);
    const take = () => {
      const chunk: LoadedArticle[] = [];
      for (let next = articles.next(); !next.done; next = articles.next()) {
        chunk.push(next.value);
        if (chunk.length === FILL_CHUNK) break;
      }
      return chunk;
    };
    const worker = async () => {
      for (let chunk = take(); chunk.length > 0; chunk = take()) await writeBatched(chunk);
    };
    await Promise.all(Array.from({ length: options.fillWorkers }, worker));
    fillMs += performance.now() - started;
    ingested = to;
  };

  const figures: StepFigures[] = [];
  for (const step of options.steps) {
    progress(`growth: filling to ${step - 2 * options.window} articles`);
    await fill(Math.max(ingested, step - 2 * options.window));
    // The window's first half in the pipeline's batches, timed as a whole; then one by one,
    // each article its own transaction, for a median per article.
    const batched = [...generateCorpus(corpusOptions, Math.max(ingested, step - options.window), ingested)];
    const batchedMs = (await timed(() => writeBatched(batched))).ms;
    ingested += batched.length;
    const times: number[] = [];
    for (const article of generateCorpus(corpusOptions, step, ingested)) {
      times.push((await timed(() => ingestLoadedArticle(driver, database, article))).ms);
    }
    ingested = step;
    // Replacing an edited article: the path that removes what the article wrote before.
    const replaceTimes: number[] = [];
    for (const version of [edited, first, edited, first]) {
      replaceTimes.push((await timed(() => ingestLoadedArticle(driver, database, version))).ms);
    }
    const queries = {} as StepFigures['queries'];
    for (const name of Object.keys(KEY_QUERIES) as KeyQueryName[]) {
      const query = KEY_QUERIES[name];
      const { dbHits, operators } = await profileDbHits(driver, database, query, parameters);
      const latencies: number[] = [];
      for (let run = 0; run < options.queryRuns; run += 1) {
        latencies.push((await timed(() => driver.executeQuery(query, parameters, { database, routing: 'READ' }))).ms);
      }
      queries[name] = { dbHits, ms: median(latencies), indexBacked: isIndexBacked(operators) };
    }
    const batchedPerArticleMs = batchedMs / Math.max(1, batched.length);
    figures.push({
      articles: step,
      perArticleMs: median(times),
      batchedPerArticleMs,
      replaceMs: median(replaceTimes),
      queries,
    });
    progress(
      `  ${step} articles: ${round(median(times))} ms per article alone, ${round(batchedPerArticleMs)} ms in batches, ` +
        `replace ${round(median(replaceTimes))} ms`,
    );
  }
  await neo4j.reset();

  const base = figures[0]!;
  const last = figures.at(-1)!;
  const costRatio = last.perArticleMs / base.perArticleMs;
  const notFlat = FLAT_QUERIES.filter(
    (name) => last.queries[name].dbHits > base.queries[name].dbHits * FLAT_TOLERANCE || !last.queries[name].indexBacked,
  );
  const stepsLabel = figures.map((f) => f.articles).join(' → ');

  return {
    scenario: 'growth',
    title: '2. Growth',
    command: options.command,
    machine: machineInfo(neo4j.server, neo4j.heap),
    settings: {
      seed: options.seed,
      steps: options.steps.join(', '),
      'timed articles per step': `${options.window} in batches + ${options.window} one by one`,
      'fill writers': options.fillWorkers,
      'query runs per step': options.queryRuns,
    },
    targets: [
      {
        target: `per-article ingest cost at ${last.articles} within ${COST_TARGET}× of ${base.articles}`,
        measured: `${round(costRatio)}×`,
        met: figures.length > 1 ? costRatio <= COST_TARGET : null,
      },
      {
        target: `key queries index-backed, db hits flat (≤ ${FLAT_TOLERANCE}×) from ${stepsLabel}`,
        measured: notFlat.length === 0 ? 'all flat and index-backed' : `not flat: ${notFlat.join('; ')}`,
        met: figures.length > 1 ? notFlat.length === 0 : null,
      },
    ],
    tables: [
      {
        caption: 'Ingest cost per article at each size, and replacing an edited article',
        columns: [
          'articles in the graph',
          'ms per article, one per transaction (median)',
          'ratio to first step',
          'ms per article, in batches (mean)',
          'ratio',
          'replace an article (ms)',
          'ratio',
        ],
        rows: figures.map((f) => [
          f.articles,
          round(f.perArticleMs),
          round(f.perArticleMs / base.perArticleMs),
          round(f.batchedPerArticleMs),
          round(f.batchedPerArticleMs / base.batchedPerArticleMs),
          round(f.replaceMs),
          round(f.replaceMs / base.replaceMs),
        ]),
      },
      {
        caption: 'Key queries: PROFILE db hits (machine-independent) and median latency, at each step',
        columns: [
          'query',
          ...figures.flatMap((f) => [`db hits @${f.articles}`, `ms @${f.articles}`]),
          'db hits ratio',
          'index-backed',
        ],
        rows: (Object.keys(KEY_QUERIES) as KeyQueryName[]).map((name): Cell[] => [
          name,
          ...figures.flatMap((f) => [f.queries[name].dbHits, round(f.queries[name].ms)]),
          round(last.queries[name].dbHits / base.queries[name].dbHits),
          last.queries[name].indexBacked,
        ]),
      },
    ],
    notes: [
      `Each step fills the database with the pipeline, \`ingestLoadedArticles\` (${DEFAULT_INGEST_BATCH_SIZE} articles per transaction, ${options.fillWorkers} writer(s); not timed), then times the step's last ${2 * options.window} articles: ${options.window} in the pipeline's batches (their total time over their count), then ${options.window} one per transaction (\`ingestLoadedArticle\`, the median). The target is read from the one-per-transaction median.`,
      `Filling ran at ${round((filled * 1000) / fillMs)} articles/s overall (${filled} articles in ${round(fillMs / 60000)} minutes).`,
      'The entity, fact, claim and article the key queries ask for come from the first articles, so their own size is fixed; only the graph around them grows.',
      ...(last.articles < FULL_SIZE
        ? [
            `Measured up to ${last.articles} articles, not the issue's ${FULL_SIZE}: filling ran at ${round((filled * 1000) / fillMs)} articles/s here, so ${FULL_SIZE} articles would take about ${round(FULL_SIZE / ((filled * 1000) / fillMs) / 60)} minutes of filling, more than this run's time budget.`,
          ]
        : []),
    ],
  };
}

/** Ids from the first articles for the key queries: a person no later article names, its fact, claim and article. */
function keyQueryParameters(seed: number): Record<string, string> {
  for (let index = 0; index < 50; index += 1) {
    const graph: ArticleGraph = buildArticleGraph(generateArticle(index, { seed }));
    const person = graph.entities.find((entity) => entity.kind === 'Person' && entity.description?.includes('(new-'));
    const fact = graph.facts.find((f) => f.type === 'HOLDS_ROLE' && f.from === person?.id);
    if (person && fact && graph.claims[0]) {
      return {
        personId: person.id,
        factId: fact.id,
        claimId: graph.claims[0].id,
        articleId: graph.article.id,
        rareName: person.name.split(' ')[1]!,
      };
    }
  }
  throw new Error('No article among the first 50 names a new person with a role');
}
