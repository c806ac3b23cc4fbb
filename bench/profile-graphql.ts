import { Command } from 'commander';
import { appRequests } from './graphql/app-requests';
import { startBenchApi } from './support/api';
import { integer } from './support/cli-options';
import { profileCpu } from './support/cpu-profile';
import { fillDatabase } from './support/fill';
import { runLoad } from './support/load-test';
import { DEFAULT_HEAP, progress, withBenchNeo4j } from './support/run-scenario';
import { round } from './support/stats';
import { runCommand } from '../src/cli/run-command';

// Where a GraphQL request's CPU goes: the library's phases, by the names of their functions.
const FUNCTIONS = [
  'processGraphQLRequest',
  'parse',
  'validate',
  'execute',
  'getNeo4jResolveTree',
  'translateRead',
  'translateTopLevelCypher',
  'createQueryAST',
  'buildClause',
  'print',
  'driverRun',
  // The project's own checks before any Cypher runs (src/graphql/argument-checks.ts, query-cost.ts).
  'coercedVariables',
  'checkArguments',
  'estimateQueryCost',
  // A response cache hit's path (--cache): logging, body parsing, the cache's key, the marker's
  // read, and Express's send (ETag and socket write).
  'loggingMiddleware',
  'jsonParser',
  'keyOf',
  'canonicalJson',
  'answer',
  'send',
  'generateETag',
  'launch',
  'observe',
];

const options = new Command('bench:profile-graphql')
  .description(
    "Where the API's CPU goes: scenario 3's mix of reads, response cache off (or on: --cache), under autocannon, with V8's sampling profiler on.",
  )
  .option('--articles <n>', 'synthetic articles besides the seed', integer, 200)
  .option('--connections <n>', 'autocannon connections', integer, 10)
  .option('--duration <seconds>', 'seconds of load profiled', integer, 15)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .option('--cache', 'response cache on, as configured by default (warmed first): the hit path')
  .parse()
  .opts<{ articles: number; connections: number; duration: number; seed: number; heap: string; cache?: boolean }>();

runCommand(() =>
  withBenchNeo4j(options.heap, async (neo4j) => {
    progress(`ingesting ${options.articles} articles`);
    await fillDatabase(neo4j, { seed: options.seed }, options.articles);
    const { bodies } = appRequests(options.seed, options.articles, 5000);
    const api = await startBenchApi(neo4j, options.cache ? {} : { responseCacheBytes: 0 });
    try {
      const load = () =>
        runLoad({ url: api.url, connections: options.connections, durationSeconds: options.duration, bodies });
      progress('warming up');
      await load();
      progress(`profiling ${options.duration} s`);
      const { result, summary } = await profileCpu(load, { files: ['@neo4j/graphql'], functions: FUNCTIONS });
      const perRequest = (ms: number) => round((ms / result.load.requests) * 1000);
      const lines = [
        `${result.load.requests} requests, ${round(result.load.requestsPerSecond)} req/s; CPU sampled ${round(summary.totalMs)} ms (µs per request in brackets)`,
        'self time by place:',
        ...summary.byPlace
          .slice(0, 15)
          .map((row) => `  ${row.place}: ${round(row.share * 100)} % (${perRequest(row.ms)})`),
        "Node's internals and native code, by the package that called them:",
        ...summary.nodeByCaller
          .slice(0, 10)
          .map((row) => `  ${row.caller}: ${round(row.share * 100)} % (${perRequest(row.ms)})`),
        'inclusive time by function:',
        ...summary.inclusive.map((row) => `  ${row.functionName}: ${round(row.share * 100)} % (${perRequest(row.ms)})`),
        '@neo4j/graphql self time by file:',
        ...summary.byFile
          .slice(0, 25)
          .map((row) => `  ${row.file}: ${round(row.share * 100)} % (${perRequest(row.ms)})`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await api.stop();
      await neo4j.reset();
    }
  }),
);
