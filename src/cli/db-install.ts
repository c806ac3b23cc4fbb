import { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../config';
import { createLogger } from '../logger';
import { installLocalNeo4j } from '../neo4j/local/install-local-neo4j';
import { runCommand } from './run-command';

new Command('db:install')
  .description('Resolve the local Neo4j server, Neo4j Browser and APOC core from Maven Central (once).')
  .parse();

runCommand(async () => {
  loadDotEnv();
  const config = loadConfig();
  const installation = await installLocalNeo4j(createLogger(config.logLevel, config.production));
  process.stdout.write(`Neo4j ${installation.neo4jVersion} is installed: ${installation.lib}\n`);
});
