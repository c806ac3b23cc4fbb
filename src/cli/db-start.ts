import { Command } from 'commander';
import { AppError } from '../errors';
import { localBoltUri, localBrowserUrl } from '../neo4j/local/local-server-files';
import { describeOwner, waitForLocalServer } from '../neo4j/local/local-server-state';
import { DEFAULT_START_TIMEOUT_MS, startLocalNeo4j } from '../neo4j/local/start-local-neo4j';
import { loadCommandContext } from './command-context';
import { runCommand } from './run-command';

new Command('db:start')
  .description(
    'Start the local Neo4j server in the background and leave it running (for Neo4j Browser); ' +
      'every other command then uses it. Stop it with `npm run db:stop`.',
  )
  .parse();

runCommand(async () => {
  const { config, logger } = loadCommandContext();
  if (config.neo4j.kind !== 'local') {
    throw new AppError(
      'CONFIG_INVALID',
      'NEO4J_URI is set, so a server is already configured; unset it to run the local one.',
    );
  }
  const target = config.neo4j;
  const running = await waitForLocalServer(target.home, DEFAULT_START_TIMEOUT_MS, (state) =>
    logger.info(`Waiting for the local Neo4j that \`${state.command}\` is starting…`),
  );
  if (running) {
    process.stdout.write(
      `The local Neo4j is already running (pid ${running.pid}): ${localBoltUri(running.boltPort)}, ` +
        `Neo4j Browser ${localBrowserUrl(running.httpPort)}, neo4j / ${running.password}\n` +
        `${describeOwner(running)}.\n`,
    );
    return;
  }
  const server = await startLocalNeo4j({ ...target, logger, detached: true, command: 'npm run db:start' });
  process.stdout.write(
    [
      `Local Neo4j ${server.version} is running in the background (pid ${server.pid}, data in ${target.home}).`,
      `  Bolt            ${server.uri}`,
      `  Neo4j Browser   ${server.browserUrl}`,
      `  Credentials     ${server.username} / ${server.password}`,
      'Stop it with: npm run db:stop',
      '',
    ].join('\n'),
  );
});
