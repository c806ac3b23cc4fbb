import { Command } from 'commander';
import { appRequests } from './graphql/app-requests';
import { startCypherHandler } from './graphql/cypher-handler';
import { startBenchApi } from './support/api';
import { integer } from './support/cli-options';
import { fillDatabase } from './support/fill';
import { runLoad } from './support/load-test';
import { DEFAULT_HEAP, progress, withBenchNeo4j } from './support/run-scenario';
import { median, round, rounds, timed } from './support/stats';
import { runCommand } from '../src/cli/run-command';

const options = new Command('bench:compare-execution')
  .description(
    "Scenario 3's cache-off arm with graphql-js's executor and with graphql-jit's, side by side in one process against the same Cypher handler, runs alternating.",
  )
  .option('--articles <n>', 'articles in the graph', integer, 1000)
  .option('--requests <n>', 'sequential requests per latency run', integer, 300)
  .option('--connections <n>', 'autocannon connections', integer, 10)
  .option('--duration <seconds>', 'seconds per throughput run', integer, 10)
  .option('--runs <n>', 'runs; each figure is their median', integer, 5)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{
    articles: number;
    requests: number;
    connections: number;
    duration: number;
    runs: number;
    seed: number;
    heap: string;
  }>();

runCommand(() =>
  withBenchNeo4j(options.heap, async (neo4j) => {
    progress(`ingesting ${options.articles} articles`);
    await fillDatabase(neo4j, { seed: options.seed }, options.articles);
    const { bodies } = appRequests(options.seed, options.articles, 5000);
    const interpreted = await startBenchApi(neo4j, { responseCacheBytes: 0, compiledExecution: false });
    const compiled = await startBenchApi(neo4j, { responseCacheBytes: 0, compiledExecution: true });
    const handler = await startCypherHandler(neo4j.driver, neo4j.database);
    const urls = { interpreted: interpreted.url, compiled: compiled.url, cypher: handler.url };
    const post = async (url: string, body: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return (await response.json()) as unknown;
    };
    try {
      const cursors = { interpreted: 0, compiled: 0, cypher: 0 };
      const latency = (arm: keyof typeof urls) => async () => {
        const times: number[] = [];
        for (let i = 0; i < options.requests; i += 1) {
          times.push((await timed(() => post(urls[arm], bodies[(cursors[arm] + i) % bodies.length]!))).ms);
        }
        cursors[arm] += options.requests;
        return median(times);
      };
      progress('warming up');
      for (const arm of ['interpreted', 'compiled', 'cypher'] as const) await latency(arm)();
      for (const arm of ['interpreted', 'compiled', 'cypher'] as const) cursors[arm] = 0;
      progress('latency');
      const latencies = await rounds(options.runs, {
        interpreted: latency('interpreted'),
        compiled: latency('compiled'),
        cypher: latency('cypher'),
      });
      const load = (arm: keyof typeof urls) => async () =>
        (
          await runLoad({
            url: urls[arm],
            connections: options.connections,
            durationSeconds: options.duration,
            bodies: [...bodies],
          })
        ).load.requestsPerSecond;
      progress('throughput');
      const throughput = await rounds(options.runs, {
        interpreted: load('interpreted'),
        compiled: load('compiled'),
        cypher: load('cypher'),
      });
      const ratios = (samples: Record<keyof typeof urls, number[]>, arm: 'interpreted' | 'compiled') =>
        samples[arm].map((value, run) => value / samples.cypher[run]!);
      const line = (arm: 'interpreted' | 'compiled') =>
        `${arm}: median latency ${round(median(latencies[arm]))} ms, ratio ${round(median(ratios(latencies, arm)))} (runs ${ratios(latencies, arm).map(round).join(', ')}); ` +
        `throughput ${round(median(throughput[arm]))} req/s, ratio ${round(median(ratios(throughput, arm)))} (runs ${ratios(throughput, arm).map(round).join(', ')})`;
      process.stdout.write(
        [
          `cypher: median latency ${round(median(latencies.cypher))} ms, throughput ${round(median(throughput.cypher))} req/s`,
          line('interpreted'),
          line('compiled'),
        ].join('\n') + '\n',
      );
    } finally {
      await Promise.all([interpreted.stop(), compiled.stop(), handler.stop()]);
      await neo4j.reset();
    }
  }),
);
