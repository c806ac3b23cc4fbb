import { Command } from 'commander';
import { GRAPHQL_DEFAULTS, runGraphqlScenario } from './graphql/graphql-scenario';
import { integer } from './support/cli-options';
import { DEFAULT_HEAP, runScenarioCommand } from './support/run-scenario';

const options = new Command('bench:graphql')
  .description(
    "GraphQL overhead: an app's mix of reads through the API against hand-written Cypher in a minimal handler, with the response cache off, warm, and warm under one write a second.",
  )
  .option('--articles <n>', 'articles in the graph', integer, GRAPHQL_DEFAULTS.articles)
  .option('--requests <n>', 'sequential requests per latency run', integer, GRAPHQL_DEFAULTS.requests)
  .option('--sequence <n>', 'requests drawn for the mix (Zipf-like popularity)', integer, GRAPHQL_DEFAULTS.sequence)
  .option('--connections <n>', 'autocannon connections for throughput', integer, GRAPHQL_DEFAULTS.connections)
  .option('--duration <seconds>', 'seconds per throughput run', integer, GRAPHQL_DEFAULTS.durationSeconds)
  .option('--runs <n>', 'runs; each figure is their median', integer, GRAPHQL_DEFAULTS.runs)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{
    articles: number;
    requests: number;
    sequence: number;
    connections: number;
    duration: number;
    runs: number;
    seed: number;
    heap: string;
  }>();

runScenarioCommand(options.heap, (neo4j) =>
  runGraphqlScenario(neo4j, {
    ...options,
    durationSeconds: options.duration,
    command: `npm run bench:graphql -- ${process.argv.slice(2).join(' ')}`.trim(),
  }),
);
