import { Session } from 'node:inspector/promises';
import type { HeapProfiler } from 'node:inspector';
import { Command } from 'commander';
import { appRequests } from './graphql/app-requests';
import { cacheCounts, startBenchApi } from './support/api';
import { integer } from './support/cli-options';
import { fillDatabase } from './support/fill';
import { runLoad } from './support/load-test';
import { DEFAULT_HEAP, progress, withBenchNeo4j } from './support/run-scenario';
import { round } from './support/stats';
import { runCommand } from '../src/cli/run-command';

const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\//;

const options = new Command('bench:profile-allocations')
  .description(
    "What the API allocates per request (what its GC then collects): scenario 3's mix, response cache on and warm (so every request is a hit), under autocannon, with V8's sampling heap profiler on.",
  )
  .option('--articles <n>', 'synthetic articles besides the seed', integer, 300)
  .option('--connections <n>', 'autocannon connections', integer, 50)
  .option('--duration <seconds>', 'seconds of load profiled', integer, 10)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ articles: number; connections: number; duration: number; seed: number; heap: string }>();

runCommand(() =>
  withBenchNeo4j(options.heap, async (neo4j) => {
    progress(`ingesting ${options.articles} articles`);
    await fillDatabase(neo4j, { seed: options.seed }, options.articles);
    const { bodies } = appRequests(options.seed, options.articles, 5000);
    const api = await startBenchApi(neo4j);
    try {
      const load = () =>
        runLoad({ url: api.url, connections: options.connections, durationSeconds: options.duration, bodies });
      // Twice: every drawn request is kept before the profile starts.
      progress('warming up');
      await load();
      await load();
      const before = await cacheCounts(api.metrics);
      const session = new Session();
      session.connect();
      await session.post('HeapProfiler.enable');
      progress(`profiling ${options.duration} s`);
      // Objects collected by either GC count too: on the hit path nearly everything is garbage at once.
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 16384,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      } as HeapProfiler.StartSamplingParameterType);
      const { load: figures } = await load();
      const { profile } = await session.post('HeapProfiler.stopSampling');
      session.disconnect();
      const after = await cacheCounts(api.metrics);
      process.stdout.write(`response cache: hits ${after.hit - before.hit}, misses ${after.miss - before.miss}\n`);
      // Bytes by the nearest package (or the project, or Node) on each allocation's stack.
      const byPlace = new Map<string, number>();
      const byFunction = new Map<string, number>();
      let total = 0;
      const walk = (node: HeapProfiler.SamplingHeapProfileNode, place: string, fn: string) => {
        const url = node.callFrame.url;
        const inPackage = PACKAGE.exec(url);
        // Node's own frames (no package) count for the package that called them.
        const here = inPackage ? inPackage[1]! : url.includes('/src/') ? 'the project' : place;
        const name = node.callFrame.functionName ? `${here}: ${node.callFrame.functionName}` : fn;
        const bytes = node.selfSize;
        total += bytes;
        byPlace.set(here, (byPlace.get(here) ?? 0) + bytes);
        byFunction.set(name, (byFunction.get(name) ?? 0) + bytes);
        for (const child of node.children) walk(child, here, name);
      };
      walk(profile.head, '(root)', '(root)');
      const perRequest = (bytes: number) => round(bytes / figures.requests);
      const top = (map: Map<string, number>, n: number) =>
        [...map]
          .sort(([, a], [, b]) => b - a)
          .slice(0, n)
          .map(([k, v]) => `  ${k}: ${perRequest(v)} B/request`);
      process.stdout.write(
        [
          `${figures.requests} requests; sampled allocation ${round(total / 2 ** 20)} MiB, ${perRequest(total)} B/request`,
          'by place:',
          ...top(byPlace, 15),
          'by function (self):',
          ...top(byFunction, 30),
        ].join('\n') + '\n',
      );
    } finally {
      await api.stop();
      await neo4j.reset();
    }
  }),
);
