import { baseGazetteer } from '../../src/extract/gazetteer';
import { readGraphGazetteer } from '../../src/extract/graph-gazetteer';
import { ingestSources } from '../../src/ingest/ingest-sources';
import { generateCorpus } from '../corpus/generate-corpus';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { ingestAll } from '../support/fill';
import { machineInfo } from '../support/machine';
import { isIndexBacked } from '../support/profile';
import type { Cell, ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round, timed } from '../support/stats';
import { rawTexts } from './raw-texts';
import { stageTimes, type StageTimes } from './stage-times';
import { extractionPerArticle, IN_THREAD } from './worker-ratio';

export interface EndToEndOptions {
  seed: number;
  steps: number[];
  /** Raw-text articles ingested and timed at each step. */
  window: number;
  /** Articles whose candidate queries are profiled at each step. */
  profiled: number;
  /** Pool sizes the extraction stage is timed with (0: in the main thread). */
  workers: number[];
  /** Worker threads of the end-to-end arm (EXTRACTION_WORKERS's default). */
  ingestWorkers: number;
  /** Rounds of the worker arms at each step. */
  runs: number;
  /** Raw texts the worker arms extract at each step (the corpus's articles after the step, not written). */
  workerTexts: number;
  command: string;
}

export const END_TO_END_DEFAULTS = {
  steps: [1000, 10000, 50000],
  window: 50,
  profiled: 10,
  workers: [IN_THREAD, 1, 2],
  ingestWorkers: 2,
  runs: 3,
  workerTexts: 200,
};

const COST_TARGET = 1.3;
/** Synthetic articles handed to the batched writer at a time while filling. */
const FILL_CHUNK = 400;

interface StepFigures extends StageTimes {
  articles: number;
  /** Extraction alone, ms per article, median of the rounds, by pool size. */
  extractionByWorkers: Map<number, number>;
  /** `ingestSources` on the window, over its articles. */
  perArticleMs: number;
}

/**
 * End-to-end ingestion from raw text, what `npm run ingest` does with .txt files (extract, resolve,
 * write: `ingestSources`), at growing graph sizes. The graph is grown with the synthetic corpus
 * and the batched writer (not timed); the window's articles are then given as plain text, so
 * extraction and resolution, with their lookups against the grown graph, are what is measured.
 */
export async function runEndToEndScenario(neo4j: BenchNeo4j, options: EndToEndOptions): Promise<ScenarioResult> {
  const { driver, database } = neo4j;
  const corpus = { seed: options.seed };
  await neo4j.reset();
  let ingested = 0;
  const fill = async (to: number) => {
    const articles = generateCorpus(corpus, to, ingested);
    for (let chunk = take(articles); chunk.length > 0; chunk = take(articles)) await ingestAll(driver, database, chunk);
    ingested = to;
  };

  const figures: StepFigures[] = [];
  // The first step would otherwise pay for the JIT and Neo4j's plan cache: warm both on articles never written.
  progress('end-to-end: warming up');
  await fill(Math.min(options.window, options.steps[0]! - options.window));
  await stageTimes(driver, database, rawTexts(corpus, ingested + 2 * options.window, ingested + options.window), 0);
  for (const step of options.steps) {
    progress(`end-to-end: filling to ${step - options.window} articles`);
    await fill(Math.max(ingested, step - options.window));
    const items = rawTexts(corpus, step, ingested);
    progress(`end-to-end: ${items.length} raw texts, stage by stage`);
    const stages = await stageTimes(driver, database, items, options.profiled);
    progress(`end-to-end: extraction with ${options.workers.join(', ')} worker threads, ${options.runs} rounds`);
    const graphGazetteer = [...baseGazetteer(), ...(await readGraphGazetteer(driver, database))];
    const workerItems = rawTexts(corpus, step + options.workerTexts, step);
    const byWorkers = await extractionPerArticle(workerItems, graphGazetteer, options.workers, options.runs);
    const extractionByWorkers = new Map([...byWorkers].map(([size, times]) => [size, median(times)]));
    progress(`end-to-end: ${items.length} raw texts through ingestSources`);
    const { ms, result: outcomes } = await timed(() =>
      ingestSources(driver, database, items, { extractionWorkers: options.ingestWorkers }),
    );
    const refused = outcomes.filter((outcome) => 'error' in outcome);
    if (refused.length > 0) throw new Error(`${refused.length} raw texts were refused: ${JSON.stringify(refused[0])}`);
    ingested = step;
    figures.push({ articles: step, perArticleMs: ms / items.length, extractionByWorkers, ...stages });
    progress(
      `  ${step} articles: ${round(ms / items.length)} ms per article end to end; gazetteer ${round(stages.gazetteerMs)} ms, ` +
        `extract ${round(stages.extractMs)} ms, resolve ${round(stages.resolveMs)} ms per article`,
    );
  }
  // Left full: every scenario empties the database first, and a standalone run stops the server.

  const base = figures[0]!;
  const last = figures.at(-1)!;
  const costRatio = last.perArticleMs / base.perArticleMs;
  // The run's one-time work, measured in the stage pass, taken out: what each further article costs.
  const perArticleAfterSetup = (f: StepFigures) => f.perArticleMs - f.gazetteerMs / options.window;
  const steadyRatio = perArticleAfterSetup(last) / perArticleAfterSetup(base);
  const queryNames = [...new Set(figures.flatMap((f) => [...f.candidateQueries.keys()]))].sort();
  const perCall = (f: StepFigures, name: string) => {
    const profile = f.candidateQueries.get(name);
    return profile ? profile.dbHits / profile.calls : null;
  };
  const ratio = (value: number | null, first: number | null) =>
    value === null || first === null || first === 0 ? null : round(value / first);

  const workerRatio = (f: StepFigures) =>
    ratio(f.extractionByWorkers.get(2) ?? null, f.extractionByWorkers.get(1) ?? null);

  return {
    scenario: 'end-to-end',
    title: '8. End-to-end ingestion from raw text',
    command: options.command,
    machine: machineInfo(neo4j.server, neo4j.heap),
    settings: {
      seed: options.seed,
      steps: options.steps.join(', '),
      'raw-text articles timed per step': options.window,
      'articles profiled per step': options.profiled,
      'worker threads in the end-to-end arm': options.ingestWorkers,
      'rounds of the worker arms': options.runs,
      'raw texts per worker round': options.workerTexts,
    },
    targets: [
      {
        target: `end-to-end cost per article at ${last.articles} within ${COST_TARGET}× of ${base.articles}`,
        measured: `${round(costRatio)}×`,
        met: figures.length > 1 ? costRatio <= COST_TARGET : null,
      },
      {
        target: `the same, less the run's one-time gazetteer read and index (${options.window} articles a run), within ${COST_TARGET}×`,
        measured: `${round(steadyRatio)}×`,
        met: figures.length > 1 ? steadyRatio <= COST_TARGET : null,
      },
      ...(workerRatio(last) === null
        ? []
        : [
            {
              target: `extraction on 2 worker threads against 1, time per article at ${last.articles} (reported)`,
              measured: `${workerRatio(last)}×`,
              met: null,
            },
          ]),
    ],
    tables: [
      {
        caption: 'Cost per article from raw text at each size (ms; ratio to the first step)',
        columns: [
          'articles in the graph',
          'end to end (ingestSources)',
          'ratio',
          'end to end less the one-time gazetteer',
          'ratio',
          'extract',
          'ratio',
          'resolve',
          'ratio',
          'write and the rest',
          'ratio',
          'read and index the graph gazetteer, once per run (ms)',
          'ratio',
        ],
        rows: figures.map((f) => {
          const rest = perArticleAfterSetup(f) - f.extractMs - f.resolveMs;
          const baseRest = perArticleAfterSetup(base) - base.extractMs - base.resolveMs;
          return [
            f.articles,
            round(f.perArticleMs),
            round(f.perArticleMs / base.perArticleMs),
            round(perArticleAfterSetup(f)),
            round(perArticleAfterSetup(f) / perArticleAfterSetup(base)),
            round(f.extractMs),
            round(f.extractMs / base.extractMs),
            round(f.resolveMs),
            round(f.resolveMs / base.resolveMs),
            round(rest),
            round(rest / baseRest),
            round(f.gazetteerMs),
            round(f.gazetteerMs / base.gazetteerMs),
          ];
        }),
      },
      {
        caption: 'Extraction alone on worker threads: ms per article (median of the rounds) by pool size',
        columns: [
          'articles in the graph',
          ...options.workers.map((size) => (size === IN_THREAD ? 'in the main thread' : `${size} worker(s)`)),
          '2 workers / 1 worker',
          '2 workers / main thread',
        ],
        rows: figures.map((f): Cell[] => [
          f.articles,
          ...options.workers.map((size) => round(f.extractionByWorkers.get(size) ?? Number.NaN)),
          workerRatio(f),
          ratio(f.extractionByWorkers.get(2) ?? null, f.extractionByWorkers.get(IN_THREAD) ?? null),
        ]),
      },
      {
        caption: `Resolution's candidate queries: PROFILE db hits per call (mean over ${options.profiled} articles) at each step`,
        columns: ['query', ...figures.map((f) => `db hits @${f.articles}`), 'ratio', 'index-backed'],
        rows: queryNames.map((name): Cell[] => [
          name,
          ...figures.map((f) => {
            const hits = perCall(f, name);
            return hits === null ? null : round(hits);
          }),
          ratio(perCall(last, name), perCall(base, name)),
          figures.every((f) => isIndexBacked([...(f.candidateQueries.get(name)?.operators ?? [])])),
        ]),
      },
    ],
    notes: [
      `Each step fills the graph with the synthetic corpus through the batched writer (not timed), then ingests the corpus's next ${options.window} articles from their plain text with \`ingestSources\`, as \`npm run ingest\` does .txt files: the graph's gazetteer read, extraction, resolution, validation and writing, ${options.window} to a transaction. The stages are timed apart on the same articles just before, without writing; "write and the rest" is the end-to-end time less the one-time gazetteer (as the stage pass measured it, over the window), extraction and resolution.`,
      `The extraction arms extract the next ${options.workerTexts} articles of the corpus from their text alone (no resolution, no writing), as \`ingestSources\` does it, with the texts' analysis (the tagger and the dates) in the main thread or on a pool of worker threads that works ahead while the main thread links each article to the gazetteer; ${options.runs} rounds in rotating order. The pools start and tag a few texts per worker before the clock (starting takes about half a second a run, to load the tagger in each worker).`,
    ],
  };
}

function take<T>(items: Iterator<T>): T[] {
  const chunk: T[] = [];
  for (let next = items.next(); !next.done; next = items.next()) {
    chunk.push(next.value);
    if (chunk.length === FILL_CHUNK) break;
  }
  return chunk;
}
