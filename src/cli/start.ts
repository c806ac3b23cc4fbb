import { Command } from 'commander';
import { buildSchema } from '../graphql/build-schema';
import { startApiServer } from '../graphql/server';
import { ingestArticle } from '../ingest';
import { applySchema } from '../neo4j/apply-schema';
import { openNeo4j } from '../neo4j/open-neo4j';
import { loadCommandContext } from './command-context';
import { runCommand, waitForShutdownSignal } from './run-command';

const program = new Command('start')
  .description(
    'Find a Neo4j (NEO4J_URI, a running `npm run db:start` server, or a new local one), apply the ' +
      'schema, ingest the seed article and serve the GraphQL API until Ctrl-C.',
  )
  .option('--no-seed', 'do not ingest the seed article')
  .parse();

runCommand(async () => {
  const { seed } = program.opts<{ seed: boolean }>();
  const { config, logger } = loadCommandContext();
  const neo4j = await openNeo4j(config.neo4j, logger);
  let stopApi: (() => Promise<void>) | undefined;
  try {
    const { database } = neo4j.connection;
    await applySchema(neo4j.driver, database);
    if (seed) {
      const result = await ingestArticle(neo4j.driver, database, config.seedArticle);
      logger.info(`Seed article ${result.articleId}: ${result.outcome}`);
    }
    const api = await startApiServer({
      schema: await buildSchema(neo4j.driver),
      driver: neo4j.driver,
      database,
      ...config.http,
      production: config.production,
      logger,
    });
    stopApi = () => api.stop();
    const { records } = await neo4j.driver.executeQuery(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      { database, routing: 'READ' },
    );
    const counts = records[0];
    const credentials =
      neo4j.origin === 'configured'
        ? `${neo4j.connection.username} / (NEO4J_PASSWORD)`
        : `${neo4j.connection.username} / ${neo4j.connection.password}`;
    process.stdout.write(
      [
        '',
        'News knowledge graph is running.',
        `  GraphQL API     ${api.url}`,
        `  Health          ${api.healthUrl}`,
        `  Neo4j           ${neo4j.connection.uri} (${neo4j.server.edition} ${neo4j.server.version}, ${neo4j.origin}, database "${database}")`,
        ...(neo4j.browserUrl ? [`  Neo4j Browser   ${neo4j.browserUrl}`] : []),
        `  Browser guide   :play ${api.guideUrl}  (run it in Neo4j Browser)`,
        `  Credentials     ${credentials}`,
        `  Graph           ${counts?.get('nodes')} nodes, ${counts?.get('relationships')} relationships`,
        '  Try             curl -s -H "content-type: application/json" \\',
        `                    -d '{"query":"{ people { name quotes { text } } }"}' ${api.url}`,
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    const signal = await waitForShutdownSignal();
    logger.info(`${signal} received: shutting down`);
  } finally {
    logger.debug('Stopping the API');
    await stopApi?.();
    logger.debug('Closing Neo4j');
    await neo4j.close();
  }
  logger.info('Stopped.');
});
