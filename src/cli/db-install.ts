import { Command } from 'commander';
import { installLocalNeo4j } from '../neo4j/local/install-local-neo4j';
import { loadCommandContext } from './command-context';
import { runCommand } from './run-command';

new Command('db:install')
  .description('Resolve the local Neo4j server, Neo4j Browser and APOC core from Maven Central (once).')
  .parse();

runCommand(async () => {
  const { logger } = loadCommandContext();
  const installation = await installLocalNeo4j(logger);
  process.stdout.write(`Neo4j ${installation.neo4jVersion} is installed: ${installation.lib}\n`);
});
