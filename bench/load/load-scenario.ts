import { cacheCounts, startBenchApi } from '../support/api';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { fillDatabase } from '../support/fill';
import { runLoad, type EventLoopDelay, type LoadFigures } from '../support/load-test';
import { machineInfo } from '../support/machine';
import type { ScenarioResult, TargetCheck } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round } from '../support/stats';
import { APP_OPERATIONS, ZIPF_EXPONENT, appRequests } from '../graphql/app-requests';
import { startDescriptionWriter } from '../graphql/description-writer';
import { loadConfig } from '../../src/config';
import { loadExampleOperations } from '../../src/graphql/example-operations';

export interface LoadOptions {
  seed: number;
  articles: number;
  /** Connection counts, each measured on its own. */
  connections: number[];
  durationSeconds: number;
  runs: number;
  /** Requests drawn for the mix; every connection cycles through them. */
  sequence: number;
  command: string;
}

export const LOAD_DEFAULTS = { articles: 1000, connections: [50, 200], durationSeconds: 30, runs: 3, sequence: 5000 };

// The issue's target: at this many connections, no errors and a tail within this multiple of the median.
const TARGET_CONNECTIONS = 50;
const MAX_TAIL_RATIO = 4;
const WARM_UP_SECONDS = 10;
// Before each arm: every arm starts from a warm cache, whatever the arm before it left.
const REWARM_SECONDS = 5;
const WRITE_INTERVAL_MS = 1000;

type Writes = 'reads only' | '+ 1 write/s';

interface ArmFigures {
  connections: number;
  writes: Writes;
  load: LoadFigures;
  eventLoop: EventLoopDelay;
  /** Answered from the cache, or with the answer of an identical query running. */
  hitRate: number;
  /** Answered with the answer of an identical query running (single flight). */
  coalescedRate: number;
  /** Bytes the response cache held at the end of the arm. */
  cacheBytes: number;
  writesMade: number;
}

/**
 * Scenario 4: the API under autocannon at each connection count, serving an app's mix of reads
 * (scenario 3's: entities of Zipf-like popularity) with the response cache as `npm start` runs
 * it (the default configuration), with nothing else writing and while another client writes
 * once a second. No request may fail.
 */
export async function runLoadScenario(neo4j: BenchNeo4j, options: LoadOptions): Promise<ScenarioResult> {
  progress(`load: ingesting the seed and ${options.articles} articles`);
  await fillDatabase(neo4j, { seed: options.seed }, options.articles);
  const mix = appRequests(options.seed, options.articles, options.sequence);
  const examples = loadExampleOperations();
  const { responseCache: cache, limits } = loadConfig({});
  const api = await startBenchApi(neo4j);
  try {
    // Every documented example and every kind of request must answer without errors before the load.
    const firstOfEach = APP_OPERATIONS.map((operation) =>
      mix.bodies.find((body) => body.includes(`"operationName":"${operation.name}"`)),
    ).filter((body) => body !== undefined);
    for (const body of [...examples.map(({ operation }) => JSON.stringify({ query: operation })), ...firstOfEach]) {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      if (!response.ok || text.includes('"errors"'))
        throw new Error(`A request failed before the load: ${text.slice(0, 300)}`);
    }
    progress(`  warming up for ${WARM_UP_SECONDS} s`);
    await runLoad({
      url: api.url,
      connections: TARGET_CONNECTIONS,
      durationSeconds: WARM_UP_SECONDS,
      bodies: mix.bodies,
    });

    const runs: ArmFigures[][] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const arms: ArmFigures[] = [];
      for (const connections of options.connections) {
        for (const writes of ['reads only', '+ 1 write/s'] as const) {
          const figures = await measureArm(neo4j, api, mix.bodies, connections, writes, options.durationSeconds);
          progress(
            `  run ${run + 1}, ${connections} connections, ${writes}: ${round(figures.load.requestsPerSecond)} req/s, p50 ${round(figures.load.p50)} ms, p99 ${round(figures.load.p99)} ms, hit rate ${round(figures.hitRate * 100)} %, other statuses ${JSON.stringify(figures.load.otherStatuses)}, connection errors ${figures.load.errors}, timeouts ${figures.load.timeouts}, GraphQL errors ${figures.load.errorBodies}`,
          );
          arms.push(figures);
        }
      }
      runs.push(arms);
    }

    const armsOf = (index: number) => runs.map((arms) => arms[index]!);
    const failuresOf = (figures: readonly ArmFigures[]) =>
      figures.reduce((sum, { load }) => sum + load.errors + load.timeouts + load.non2xx + load.errorBodies, 0);
    const requestsOf = (figures: readonly ArmFigures[]) => figures.reduce((sum, { load }) => sum + load.requests, 0);
    const m = (figures: readonly ArmFigures[], pick: (arm: ArmFigures) => number) => round(median(figures.map(pick)));
    const first = runs[0] ?? [];
    const targets: TargetCheck[] = [];
    first.forEach((arm, index) => {
      if (arm.connections !== TARGET_CONNECTIONS) return;
      const figures = armsOf(index);
      const failures = failuresOf(figures);
      const tail = median(figures.map(({ load }) => load.p99 / load.p50));
      targets.push(
        {
          target: `${arm.connections} connections, ${arm.writes}: zero errors (connection errors, timeouts, non-2xx, GraphQL errors)`,
          measured: `${failures} of ${requestsOf(figures)} requests`,
          met: failures === 0,
        },
        {
          target: `${arm.connections} connections, ${arm.writes}: p99 latency ≤ ${MAX_TAIL_RATIO}× p50`,
          measured: `${round(tail)}×`,
          met: tail <= MAX_TAIL_RATIO,
        },
      );
    });

    return {
      scenario: 'load',
      title: '4. Load',
      command: options.command,
      machine: machineInfo(neo4j.server, neo4j.heap),
      settings: {
        seed: options.seed,
        articles: `${options.articles} + the seed article`,
        'request mix': `scenario 3's: ${APP_OPERATIONS.map((operation) => `${operation.name} ${operation.weight * 100} %`).join(', ')}; Zipf exponent ${ZIPF_EXPONENT} over ${mix.population.any} entities`,
        'requests drawn': options.sequence,
        'distinct entities asked about': mix.distinctEntities,
        'response cache': `on, as configured by default (RESPONSE_CACHE_BYTES ${cache.maxBytes}, RESPONSE_CACHE_STALENESS_MS ${cache.maxStalenessMs})`,
        'slots and queue': `as configured by default (MAX_CONCURRENT_REQUESTS ${limits.maxConcurrentRequests}, MAX_QUEUED_REQUESTS ${limits.maxQueuedRequests}, QUERY_QUEUE_TIMEOUT_MS ${limits.queueTimeoutMs})`,
        connections: options.connections.join(', '),
        'seconds per arm': options.durationSeconds,
        runs: options.runs,
      },
      targets,
      tables: [
        {
          caption: `autocannon, ${options.durationSeconds} s per arm (medians over runs; latencies over every response of an arm)`,
          columns: [
            'connections',
            'writes',
            'requests/s',
            'p50 latency (ms)',
            'p95 latency (ms)',
            'p99 latency (ms)',
            'p99 / p50',
            'cache hit rate',
            'of which coalesced',
            'cache MiB at the end',
            'event-loop delay p50 (ms)',
            'event-loop delay p99 (ms)',
            'event-loop delay max (ms)',
            'errors',
          ],
          rows: first.map((arm, index) => {
            const figures = armsOf(index);
            return [
              arm.connections,
              arm.writes,
              m(figures, (r) => r.load.requestsPerSecond),
              m(figures, (r) => r.load.p50),
              m(figures, (r) => r.load.p95),
              m(figures, (r) => r.load.p99),
              m(figures, (r) => r.load.p99 / r.load.p50),
              `${m(figures, (r) => r.hitRate * 100)} %`,
              `${m(figures, (r) => r.coalescedRate * 100)} %`,
              m(figures, (r) => r.cacheBytes / 2 ** 20),
              m(figures, (r) => r.eventLoop.p50),
              m(figures, (r) => r.eventLoop.p99),
              m(figures, (r) => r.eventLoop.max),
              failuresOf(figures),
            ];
          }),
        },
      ],
      notes: [
        'The API runs in the benchmark process (event-loop delay measured there); autocannon runs in a child process; Neo4j in its JVM: all on the same 2 cores.',
        `One API for the whole run, warmed (JIT and cache) by ${WARM_UP_SECONDS} s of the same load before the first arm, and by ${REWARM_SECONDS} s more before each arm (so that each starts from a warm cache, whatever the arm before it left). "+ 1 write/s": another client sets one asked-about entity's description once a second, which the change log describes, so the response cache drops only the answers that read a description (none of the mix's queries does); the hit rate is read from the API's \`graphql_response_cache_total\` counter: hits, and misses answered with the answer of the identical query already running (coalesced).`,
      ],
    };
  } finally {
    await api.stop();
    await neo4j.reset();
  }
}

async function measureArm(
  neo4j: BenchNeo4j,
  api: Awaited<ReturnType<typeof startBenchApi>>,
  bodies: string[],
  connections: number,
  writes: Writes,
  durationSeconds: number,
): Promise<ArmFigures> {
  await runLoad({ url: api.url, connections: TARGET_CONNECTIONS, durationSeconds: REWARM_SECONDS, bodies });
  const before = await cacheCounts(api.metrics);
  const writer = writes === '+ 1 write/s' ? startDescriptionWriter(neo4j, bodies, WRITE_INTERVAL_MS) : undefined;
  try {
    const { load, eventLoop } = await runLoad({ url: api.url, connections, durationSeconds, bodies });
    const after = await cacheCounts(api.metrics);
    const hits = after.hit - before.hit;
    const coalesced = after.coalesced - before.coalesced;
    const misses = after.miss - before.miss;
    return {
      connections,
      writes,
      load,
      eventLoop,
      hitRate: (hits + coalesced) / Math.max(1, hits + coalesced + misses),
      coalescedRate: coalesced / Math.max(1, hits + coalesced + misses),
      cacheBytes: api.responseCache?.size.bytes ?? 0,
      writesMade: writer?.count() ?? 0,
    };
  } finally {
    await writer?.stop();
  }
}
