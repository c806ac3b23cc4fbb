import { buildArticleGraph } from '../../src/write/build-article-graph';
import { generateCorpus } from '../corpus/generate-corpus';
import { startBenchApi } from '../support/api';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { fillDatabase } from '../support/fill';
import { runLoad } from '../support/load-test';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, percentile, round, rounds, timed } from '../support/stats';
import { startCypherHandler } from './cypher-handler';
import { PERSON_GRAPHQL, canonicalFromCypher, canonicalFromGraphql } from './person-query';

export interface GraphqlOptions {
  seed: number;
  articles: number;
  requests: number;
  connections: number;
  durationSeconds: number;
  runs: number;
  command: string;
}

export const GRAPHQL_DEFAULTS = { articles: 1000, requests: 300, connections: 10, durationSeconds: 10, runs: 3 };

const LATENCY_TARGET = 1.5;
const THROUGHPUT_TARGET = 0.6;
// Generated lists hold 20 items by default: a person with fewer in each list gets the same answer from both arms.
const LIST_LIMIT = 20;

/**
 * Scenario 3: the nested person read through the GraphQL API against the same read as
 * hand-written Cypher in a minimal HTTP handler, both served by this process, measured in turn.
 */
export async function runGraphqlScenario(neo4j: BenchNeo4j, options: GraphqlOptions): Promise<ScenarioResult> {
  progress(`graphql: ingesting ${options.articles} articles`);
  await fillDatabase(neo4j, { seed: options.seed }, options.articles);
  const personId = busiestPersonUnderLimit(options.seed, options.articles);
  const api = await startBenchApi(neo4j);
  const handler = await startCypherHandler(neo4j.driver, neo4j.database);
  const body = JSON.stringify({ query: PERSON_GRAPHQL, variables: { id: personId } });
  const post = async (url: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const answer: unknown = await response.json();
    return answer;
  };
  try {
    const sameData = canonicalFromGraphql(await post(api.url)) === canonicalFromCypher(await post(handler.url));
    const latency = async (url: string) => {
      const times: number[] = [];
      for (let i = 0; i < options.requests; i += 1) times.push((await timed(() => post(url))).ms);
      return times;
    };
    // Warm both (JIT, query plans) before measuring.
    await latency(api.url);
    await latency(handler.url);
    const latencies: Record<'graphql' | 'cypher', number[][]> = { graphql: [], cypher: [] };
    const latencySamples = await rounds(options.runs, {
      graphql: async () => median(record(latencies.graphql, await latency(api.url))),
      cypher: async () => median(record(latencies.cypher, await latency(handler.url))),
    });
    const load = (url: string) => async () =>
      (
        await runLoad({
          url,
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          bodies: [body],
        })
      ).load.requestsPerSecond;
    const throughput = await rounds(options.runs, { graphql: load(api.url), cypher: load(handler.url) });

    const latencyRatio = median(latencySamples.graphql.map((ms, run) => ms / latencySamples.cypher[run]!));
    const throughputRatio = median(throughput.graphql.map((rps, run) => rps / throughput.cypher[run]!));
    const p99 = (runs: number[][]) => round(median(runs.map((times) => percentile(times, 99))));
    progress(`  latency ratio ${round(latencyRatio)}, throughput ratio ${round(throughputRatio)}`);

    return {
      scenario: 'graphql',
      title: '3. GraphQL overhead',
      command: options.command,
      machine: machineInfo(neo4j.server, neo4j.heap),
      settings: {
        seed: options.seed,
        articles: options.articles,
        person: personId,
        'sequential requests per run': options.requests,
        'autocannon connections': options.connections,
        'seconds per throughput run': options.durationSeconds,
        runs: options.runs,
      },
      targets: [
        {
          target: `median latency GraphQL / Cypher ≤ ${LATENCY_TARGET}`,
          measured: `${round(latencyRatio)}`,
          met: latencyRatio <= LATENCY_TARGET,
        },
        {
          target: `throughput GraphQL / Cypher ≥ ${THROUGHPUT_TARGET}`,
          measured: `${round(throughputRatio)}`,
          met: throughputRatio >= THROUGHPUT_TARGET,
        },
        { target: 'both arms return the same data', measured: sameData ? 'same' : 'DIFFERENT', met: sameData },
      ],
      tables: [
        {
          caption: 'Nested person read (roles, events, quotes, evidence): the API against hand-written Cypher',
          columns: [
            'arm',
            'median latency (ms)',
            'p99 latency (ms)',
            'requests/s',
            'latency ratio',
            'throughput ratio',
          ],
          rows: [
            [
              'GraphQL API (`@neo4j/graphql` on Apollo/express)',
              round(median(latencySamples.graphql)),
              p99(latencies.graphql),
              round(median(throughput.graphql)),
              round(latencyRatio),
              round(throughputRatio),
            ],
            [
              'hand-written Cypher in a minimal `node:http` handler',
              round(median(latencySamples.cypher)),
              p99(latencies.cypher),
              round(median(throughput.cypher)),
              1,
              1,
            ],
          ],
        },
      ],
      notes: [
        'Latency: sequential requests from this process (one at a time); throughput: autocannon in a child process.',
        'Both servers run in the same process with the same driver; the arms alternate in each run and each ratio is taken within a run.',
      ],
    };
  } finally {
    await handler.stop();
    await api.stop();
    await neo4j.reset();
  }
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
