import { Command } from 'commander';
import { applySchema, SCHEMA_FILE } from '../neo4j/apply-schema';
import { describeNeo4j, openNeo4j } from '../neo4j/open-neo4j';
import { loadCommandContext } from './command-context';
import { runCommand } from './run-command';

new Command('db:schema')
  .description('Apply cypher/schema.cypher (constraints and indexes) to the Neo4j in use; idempotent.')
  .parse();

runCommand(async () => {
  const { config, logger } = loadCommandContext();
  const neo4j = await openNeo4j(config.neo4j, logger, 'npm run db:schema');
  logger.info(describeNeo4j(neo4j, 'npm run db:schema'));
  try {
    const count = await applySchema(neo4j.driver, neo4j.connection.database, { logger });
    process.stdout.write(`Applied ${count} statements of ${SCHEMA_FILE} to ${neo4j.connection.uri}.\n`);
  } finally {
    await neo4j.close();
  }
});
