import { startBenchApi } from '../support/api';
import type { BenchNeo4j } from '../support/bench-neo4j';
import { fillDatabase } from '../support/fill';
import { runLoad, type EventLoopDelay, type LoadFigures } from '../support/load-test';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round } from '../support/stats';
import { loadExampleOperations } from '../../src/graphql/example-operations';

export interface LoadOptions {
  seed: number;
  articles: number;
  connections: number;
  durationSeconds: number;
  runs: number;
  command: string;
}

export const LOAD_DEFAULTS = { articles: 1000, connections: 50, durationSeconds: 30, runs: 3 };

/** Scenario 4: the API under autocannon, a mix of the documented example operations; no request may fail. */
export async function runLoadScenario(neo4j: BenchNeo4j, options: LoadOptions): Promise<ScenarioResult> {
  progress(`load: ingesting the seed and ${options.articles} articles`);
  await fillDatabase(neo4j, { seed: options.seed }, options.articles);
  const api = await startBenchApi(neo4j);
  const examples = loadExampleOperations();
  const bodies = examples.map(({ operation }) => JSON.stringify({ query: operation }));
  try {
    // Every query must answer without errors before it is put under load.
    for (const body of bodies) {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      if (!response.ok || text.includes('"errors"')) throw new Error(`Example operation failed: ${text.slice(0, 300)}`);
    }
    const runs: { load: LoadFigures; eventLoop: EventLoopDelay }[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const figures = await runLoad({
        url: api.url,
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        bodies,
      });
      progress(`  run ${run + 1}: ${round(figures.load.requestsPerSecond)} req/s, p99 ${figures.load.p99} ms`);
      runs.push(figures);
    }
    const failures = runs.reduce(
      (sum, { load }) => sum + load.errors + load.timeouts + load.non2xx + load.errorBodies,
      0,
    );
    const m = (pick: (run: (typeof runs)[number]) => number) => round(median(runs.map(pick)));
    return {
      scenario: 'load',
      title: '4. Load',
      command: options.command,
      machine: machineInfo(neo4j.server, neo4j.heap),
      settings: {
        seed: options.seed,
        articles: `${options.articles} + the seed article`,
        connections: options.connections,
        seconds: options.durationSeconds,
        runs: options.runs,
        'query mix': `the ${examples.length} documented example operations (docs/examples), in turn`,
      },
      targets: [
        {
          target: 'zero errors (connection errors, timeouts, non-2xx, GraphQL errors)',
          measured: `${failures} of ${runs.reduce((sum, { load }) => sum + load.requests, 0)} requests`,
          met: failures === 0,
        },
      ],
      tables: [
        {
          caption: `autocannon, ${options.connections} connections, ${options.durationSeconds} s per run (medians over runs)`,
          columns: [
            'requests/s',
            'p50 latency (ms)',
            'p99 latency (ms)',
            'event-loop delay p50 (ms)',
            'event-loop delay p99 (ms)',
            'event-loop delay max (ms)',
            'errors',
          ],
          rows: [
            [
              m((r) => r.load.requestsPerSecond),
              m((r) => r.load.p50),
              m((r) => r.load.p99),
              m((r) => r.eventLoop.p50),
              m((r) => r.eventLoop.p99),
              m((r) => r.eventLoop.max),
              failures,
            ],
          ],
        },
      ],
      notes: [
        'The API runs in the benchmark process (event-loop delay measured there); autocannon runs in a child process; Neo4j in its JVM: all on the same 2 cores.',
      ],
    };
  } finally {
    await api.stop();
    await neo4j.reset();
  }
}
