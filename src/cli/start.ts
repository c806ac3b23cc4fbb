import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import { buildSchema, TYPE_DEFINITIONS_FILE } from '../graphql/build-schema';
import { createResponseCache } from '../graphql/response-cache';
import { startApiServer } from '../graphql/http-app';
import { createWarmUp, warmUpOperations } from '../graphql/warm-up';
import { ingestArticle } from '../ingest';
import { createMetrics } from '../metrics';
import { applySchema } from '../neo4j/apply-schema';
import { checkServer, type ServerInfo } from '../neo4j/check-server';
import { mapNeo4jError } from '../neo4j/map-neo4j-error';
import { DatabaseReadiness } from '../neo4j/database-readiness';
import { describeNeo4j, openNeo4jForServing } from '../neo4j/open-neo4j';
import { loadCommandContext } from './command-context';
import { runCommand, waitForShutdownSignal } from './run-command';

const program = new Command('start')
  .description(
    'Find a Neo4j (NEO4J_URI, the local server another command started, or a new local one), apply the ' +
      'schema, ingest the seed article and serve the GraphQL API until Ctrl-C. The API starts even ' +
      'while Neo4j does not answer: /ready says why, and it becomes ready when Neo4j does.',
  )
  .option('--no-seed', 'do not ingest the seed article')
  .parse();

// A shorter retry budget than the driver's 30 s, so a request during an outage fails fast.
const API_TRANSACTION_RETRY_MS = 3000;
const COMMAND = 'npm start';
// Connections beyond the API's own concurrency limit: readiness probes, warm-up, ingestion.
const SPARE_CONNECTIONS = 8;

runCommand(async () => {
  const { seed } = program.opts<{ seed: boolean }>();
  const { config, logger } = loadCommandContext();
  const metrics = createMetrics();
  const neo4j = await openNeo4jForServing(
    config.neo4j,
    logger,
    {
      connectionTimeoutMs: config.neo4jConnectionTimeoutMs,
      maxTransactionRetryTimeMs: API_TRANSACTION_RETRY_MS,
      // Requests over the limit are refused before they ask for a connection: the pool never runs dry.
      maxConnectionPoolSize: config.limits.maxConcurrentRequests + SPARE_CONNECTIONS,
    },
    COMMAND,
  );
  logger.info(describeNeo4j(neo4j, COMMAND));
  const { database } = neo4j.connection;
  const schema = await buildSchema(neo4j.driver, {
    database,
    ...(config.jwt ? { jwt: config.jwt } : {}),
    metrics,
  });
  const typeDefs = await readFile(TYPE_DEFINITIONS_FILE, 'utf8');
  let server: ServerInfo | undefined;
  const readiness = new DatabaseReadiness({
    driver: neo4j.driver,
    database,
    logger,
    // The first time Neo4j answers: check it, apply the schema, ingest the seed.
    prepare: async () => {
      server = await checkServer(neo4j.driver, database);
      await applySchema(neo4j.driver, database, { logger });
      if (seed) {
        const result = await ingestArticle(neo4j.driver, database, config.seedArticle);
        metrics.ingestedArticles.inc({ outcome: result.outcome });
        logger.info(`Seed article ${result.articleId}: ${result.outcome}`);
      }
    },
    warmUp: createWarmUp({
      schema,
      database,
      operations: warmUpOperations(schema, typeDefs),
      transactionTimeoutMs: config.limits.transactionTimeoutMs,
      logger,
    }),
    // Retrying cannot fix these: wrong credentials, no such database, too old a server, a bad seed.
    isFatal: (error) =>
      error instanceof AppError ||
      ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound'].includes(
        String((error as { code?: unknown }).code),
      ),
  });
  let stopApi: (() => Promise<void>) | undefined;
  try {
    readiness.start();
    const responseCache = createResponseCache(neo4j.driver, database, config.responseCache, {
      metrics,
      timeoutMs: config.limits.transactionTimeoutMs,
      schema: { schema, typeDefs },
    });
    const api = await startApiServer({
      schema,
      database,
      ...config.http,
      production: config.production,
      logger,
      limits: config.limits,
      readiness,
      metrics,
      ...(responseCache ? { responseCache } : {}),
    });
    stopApi = () => api.stop();
    const shutdown = waitForShutdownSignal();
    if (!readiness.isReady()) {
      logger.info(
        `GraphQL API listening at ${api.url}; waiting for Neo4j at ${neo4j.connection.uri} (see ${api.readyUrl})`,
      );
    }
    const first = await Promise.race([
      readiness.whenReady().then(
        () => 'ready' as const,
        (error: unknown) => {
          throw mapNeo4jError(error, neo4j.connection.uri);
        },
      ),
      shutdown,
    ]);
    if (first === 'ready') {
      const counts = await graphCounts(neo4j.driver, database);
      const credentials =
        neo4j.origin === 'configured'
          ? `${neo4j.connection.username} / (NEO4J_PASSWORD)`
          : `${neo4j.connection.username} / ${neo4j.connection.password}`;
      process.stdout.write(
        [
          '',
          'News knowledge graph is running.',
          `  GraphQL API     ${api.url}${config.production ? '' : ' (a GraphQL IDE in a web browser)'}`,
          `  Graph view      ${api.exploreUrl}`,
          `  Health          ${api.healthUrl} (live), ${api.readyUrl} (ready), ${api.metricsUrl}`,
          `  Neo4j           ${neo4j.connection.uri} (${server?.edition} ${server?.version}, ${neo4j.origin}, database "${database}")`,
          `                  ${describeNeo4j(neo4j, COMMAND)}`,
          ...(neo4j.browserUrl ? [`  Neo4j Browser   ${neo4j.browserUrl}`] : []),
          `  Browser guide   :play ${api.guideUrl}  (run it in Neo4j Browser)`,
          `  Credentials     ${credentials}`,
          `  Graph           ${counts.nodes} nodes, ${counts.relationships} relationships`,
          `  Writes          ${config.jwt ? 'need a JWT with the editor or admin role' : 'off (set JWT_SECRET or JWT_JWKS_URL to allow them)'}`,
          '  Try             curl -s -H "content-type: application/json" \\',
          `                    -d '{"query":"{ people { name quotes { text } } }"}' ${api.url}`,
          'Press Ctrl-C to stop.',
          '',
        ].join('\n'),
      );
    }
    const signal = first === 'ready' ? await shutdown : first;
    logger.info(`${signal} received: shutting down`);
  } finally {
    logger.debug('Stopping the API');
    await stopApi?.();
    await readiness.stop();
    logger.debug('Closing Neo4j');
    await neo4j.close();
  }
  logger.info('Stopped.');
});

async function graphCounts(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    // The change log's node is bookkeeping, not part of the graph a user sees counted.
    'CALL { MATCH (n) WHERE NOT n:GraphChangeLog RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database, routing: 'READ' },
  );
  return { nodes: Number(records[0]?.get('nodes')), relationships: Number(records[0]?.get('relationships')) };
}
