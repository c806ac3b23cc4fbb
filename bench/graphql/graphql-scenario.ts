import { buildArticleGraph } from '../../src/write/build-article-graph';
import { generateCorpus } from '../corpus/generate-corpus';
import { cacheCounts, startBenchApi } from '../support/api';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { fillDatabase } from '../support/fill';
import { runLoad } from '../support/load-test';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, percentile, round, rounds, timed } from '../support/stats';
import { startCypherHandler } from './cypher-handler';
import { startDescriptionWriter } from './description-writer';
import { APP_OPERATIONS, ZIPF_EXPONENT, appRequests } from './app-requests';
import { PERSON_GRAPHQL, canonicalFromCypher, canonicalFromGraphql } from './person-query';

export interface GraphqlOptions {
  seed: number;
  articles: number;
  requests: number;
  connections: number;
  durationSeconds: number;
  runs: number;
  /** Requests drawn for the mix (latency runs walk through them; throughput cycles them). */
  sequence: number;
  command: string;
}

export const GRAPHQL_DEFAULTS = {
  articles: 1000,
  requests: 300,
  connections: 10,
  durationSeconds: 10,
  runs: 3,
  sequence: 5000,
};

const TARGETS = {
  'cache off': { latency: 1.6, throughput: 0.5 },
  'cache warm': { latency: 1.3, throughput: 0.7 },
  'cache warm + 1 write/s': { latency: 1.3, throughput: 0.7 },
} as const;
type ArmName = keyof typeof TARGETS;
// Generated lists hold 20 items by default: a person with fewer in each list gets the same answer from both arms.
const LIST_LIMIT = 20;
const WRITE_INTERVAL_MS = 1000;

interface ArmFigures {
  arm: ArmName;
  graphqlLatency: number;
  cypherLatency: number;
  graphqlP99: number;
  graphqlRps: number;
  cypherRps: number;
  latencyRatio: number;
  throughputRatio: number;
  hitRate: number | null;
  writes: number;
}

/**
 * Scenario 3: an app's mix of reads (the README's person page, entity links and timeline, about
 * entities of Zipf-like popularity) through the GraphQL API against the same reads as
 * hand-written Cypher in a minimal HTTP handler, both served by this process, measured in turn,
 * three ways: the response cache off, the cache warm, and the cache warm while something writes
 * to the graph once a second.
 */
export async function runGraphqlScenario(neo4j: BenchNeo4j, options: GraphqlOptions): Promise<ScenarioResult> {
  progress(`graphql: ingesting ${options.articles} articles`);
  await fillDatabase(neo4j, { seed: options.seed }, options.articles);
  const personId = busiestPersonUnderLimit(options.seed, options.articles);
  const mix = appRequests(options.seed, options.articles, options.sequence);
  const uncached = await startBenchApi(neo4j, { responseCacheBytes: 0 });
  const cached = await startBenchApi(neo4j);
  const handler = await startCypherHandler(neo4j.driver, neo4j.database);
  const post = async (url: string, body: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const answer: unknown = await response.json();
    return answer;
  };
  try {
    const personBody = JSON.stringify({ query: PERSON_GRAPHQL, variables: { id: personId } });
    const sameData =
      canonicalFromGraphql(await post(uncached.url, personBody)) ===
        canonicalFromCypher(await post(handler.url, personBody)) &&
      (await sameRows(
        mix.bodies,
        (body) => post(uncached.url, body),
        (body) => post(handler.url, body),
      ));

    const arms: ArmFigures[] = [];
    for (const [arm, api] of [
      ['cache off', uncached],
      ['cache warm', cached],
      ['cache warm + 1 write/s', cached],
    ] as const) {
      progress(`  ${arm}`);
      arms.push(await measureArm(arm, api, handler.url, mix.bodies, options, neo4j, post));
      const last = arms[arms.length - 1]!;
      progress(
        `    latency ratio ${round(last.latencyRatio)}, throughput ratio ${round(last.throughputRatio)}, hit rate ${last.hitRate ?? '-'}`,
      );
    }

    return {
      scenario: 'graphql',
      title: '3. GraphQL overhead',
      command: options.command,
      machine: machineInfo(neo4j.server, neo4j.heap),
      settings: {
        seed: options.seed,
        articles: options.articles,
        'request mix': APP_OPERATIONS.map((operation) => `${operation.name} ${operation.weight * 100} %`).join(', '),
        'entity popularity': `Zipf, exponent ${ZIPF_EXPONENT}, most-mentioned first, over ${mix.population.any} entities (${mix.population.person} people)`,
        'requests drawn': options.sequence,
        'distinct entities asked about': mix.distinctEntities,
        'data check person': personId,
        'sequential requests per latency run': options.requests,
        'autocannon connections': options.connections,
        'seconds per throughput run': options.durationSeconds,
        runs: options.runs,
      },
      targets: [
        ...arms.flatMap((figures) => [
          {
            target: `${figures.arm}: median latency GraphQL / Cypher ≤ ${TARGETS[figures.arm].latency}`,
            measured: `${round(figures.latencyRatio)}`,
            met: figures.latencyRatio <= TARGETS[figures.arm].latency,
          },
          {
            target: `${figures.arm}: throughput GraphQL / Cypher ≥ ${TARGETS[figures.arm].throughput}`,
            measured: `${round(figures.throughputRatio)}`,
            met: figures.throughputRatio >= TARGETS[figures.arm].throughput,
          },
        ]),
        { target: 'both arms return the same data', measured: sameData ? 'same' : 'DIFFERENT', met: sameData },
      ],
      tables: [
        {
          caption:
            "An app's mix of reads: the API against hand-written Cypher, with the response cache off, warm, and warm under one write a second",
          columns: [
            'arm',
            'GraphQL median latency (ms)',
            'Cypher median latency (ms)',
            'GraphQL p99 latency (ms)',
            'GraphQL requests/s',
            'Cypher requests/s',
            'latency ratio',
            'throughput ratio',
            'cache hit rate',
            'writes',
          ],
          rows: arms.map((figures) => [
            figures.arm,
            round(figures.graphqlLatency),
            round(figures.cypherLatency),
            round(figures.graphqlP99),
            round(figures.graphqlRps),
            round(figures.cypherRps),
            round(figures.latencyRatio),
            round(figures.throughputRatio),
            figures.hitRate === null ? '-' : `${round(figures.hitRate * 100)} %`,
            figures.writes,
          ]),
        },
      ],
      notes: [
        'Latency: sequential requests from this process (one at a time), each run the next slice of the drawn requests; throughput: autocannon in a child process, every connection cycling through all of them.',
        'Both servers run in the same process with the same driver; the arms alternate in each run and each ratio is taken within a run. The three ways are measured one after the other in the same run.',
        '"cache warm": the API has answered every drawn request once before measuring. "+ 1 write/s": another client sets one entity\'s description once a second while both arms are measured. The change log describes each such write, so the cache drops only the answers that read a description (none of this mix\'s three queries does); a write it cannot describe (an ingest) would empty it.',
        "The cache hit rate is read from the API's `graphql_response_cache_total` counter over the measured requests.",
      ],
    };
  } finally {
    await handler.stop();
    await cached.stop();
    await uncached.stop();
    await neo4j.reset();
  }
}

/** One way of serving measured against the Cypher handler: latency, throughput and hit rate. */
async function measureArm(
  arm: ArmName,
  api: Awaited<ReturnType<typeof startBenchApi>>,
  cypherUrl: string,
  bodies: readonly string[],
  options: GraphqlOptions,
  neo4j: BenchNeo4j,
  post: (url: string, body: string) => Promise<unknown>,
): Promise<ArmFigures> {
  const cursors = { graphql: 0, cypher: 0 };
  const latency = async (url: string, arm: 'graphql' | 'cypher') => {
    const times: number[] = [];
    for (let i = 0; i < options.requests; i += 1) {
      const body = bodies[(cursors[arm] + i) % bodies.length]!;
      times.push((await timed(() => post(url, body))).ms);
    }
    cursors[arm] += options.requests;
    return times;
  };
  // Warm both (JIT, query plans); with the cache, answer every drawn request once.
  await latency(api.url, 'graphql');
  await latency(cypherUrl, 'cypher');
  cursors.graphql = 0;
  cursors.cypher = 0;
  if (arm !== 'cache off') for (const body of bodies) await post(api.url, body);

  const writer =
    arm === 'cache warm + 1 write/s' ? startDescriptionWriter(neo4j, bodies, WRITE_INTERVAL_MS) : undefined;
  const before = await cacheCounts(api.metrics);
  try {
    const latencies: Record<'graphql' | 'cypher', number[][]> = { graphql: [], cypher: [] };
    const latencySamples = await rounds(options.runs, {
      graphql: async () => median(record(latencies.graphql, await latency(api.url, 'graphql'))),
      cypher: async () => median(record(latencies.cypher, await latency(cypherUrl, 'cypher'))),
    });
    const load = (url: string) => async () =>
      (
        await runLoad({
          url,
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          bodies: [...bodies],
        })
      ).load.requestsPerSecond;
    const throughput = await rounds(options.runs, { graphql: load(api.url), cypher: load(cypherUrl) });
    const after = await cacheCounts(api.metrics);
    const hits = after.hit - before.hit + after.coalesced - before.coalesced;
    const misses = after.miss - before.miss;
    return {
      arm,
      graphqlLatency: median(latencySamples.graphql),
      cypherLatency: median(latencySamples.cypher),
      graphqlP99: median(latencies.graphql.map((times) => percentile(times, 99))),
      graphqlRps: median(throughput.graphql),
      cypherRps: median(throughput.cypher),
      latencyRatio: median(latencySamples.graphql.map((ms, run) => ms / latencySamples.cypher[run]!)),
      throughputRatio: median(throughput.graphql.map((rps, run) => rps / throughput.cypher[run]!)),
      hitRate: arm === 'cache off' ? null : hits / Math.max(1, hits + misses),
      writes: writer?.count() ?? 0,
    };
  } finally {
    await writer?.stop();
  }
}

/** Whether the API and the handler give the same rows for the first request of each other operation (flat rows). */
async function sameRows(
  bodies: readonly string[],
  graphql: (body: string) => Promise<unknown>,
  cypher: (body: string) => Promise<unknown>,
): Promise<boolean> {
  for (const operation of APP_OPERATIONS.filter((candidate) => candidate.name !== 'Person')) {
    const body = bodies.find((candidate) => candidate.includes(`"operationName":"${operation.name}"`));
    if (!body) continue;
    const graphqlAnswer = (await graphql(body)) as { data?: Record<string, unknown> | null };
    const cypherAnswer = (await cypher(body)) as { rows?: unknown };
    const fromGraphql = Object.values(graphqlAnswer.data ?? {})[0];
    const fromCypher = cypherAnswer.rows;
    if (!Array.isArray(fromGraphql) || !Array.isArray(fromCypher)) {
      throw new Error(
        `${operation.name} did not answer rows: ${JSON.stringify(graphqlAnswer).slice(0, 500)} / ${JSON.stringify(cypherAnswer).slice(0, 500)}`,
      );
    }
    // Rows that tie in the statement's order may come in either order: compare them as sets.
    const canonical = (rows: unknown) =>
      JSON.stringify(
        (rows as Record<string, unknown>[])
          .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))))
          .sort(),
      );
    if (canonical(fromGraphql) !== canonical(fromCypher)) return false;
  }
  return true;
}

function record(into: number[][], times: number[]): number[] {
  into.push(times);
  return times;
}

/** The shared person with the most roles, events and quotes while each list stays under the default page size. */
function busiestPersonUnderLimit(seed: number, articles: number): string {
  const lists = new Map<string, Record<string, number>>();
  for (const article of generateCorpus({ seed }, articles)) {
    for (const fact of buildArticleGraph(article).facts) {
      if (!['HOLDS_ROLE', 'PARTICIPATED_IN', 'SAID'].includes(fact.type) || !fact.from.startsWith('person:')) continue;
      const counts = lists.get(fact.from) ?? {};
      counts[fact.type] = (counts[fact.type] ?? 0) + 1;
      lists.set(fact.from, counts);
    }
  }
  const fits = [...lists].filter(([, counts]) => Object.values(counts).every((count) => count < LIST_LIMIT));
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const best = fits.sort(([, a], [, b]) => total(b) - total(a))[0];
  if (!best) throw new Error('No person in the corpus');
  return best[0];
}
