import { rm } from 'node:fs/promises';
import { Command } from 'commander';
import { findRunningLocalServer, pidFile } from '../neo4j/local/local-server-files';
import { stopProcess } from '../neo4j/local/start-local-neo4j';
import { loadCommandContext } from './command-context';
import { runCommand } from './run-command';

new Command('db:stop').description('Stop the local Neo4j server started by `npm run db:start`.').parse();

runCommand(async () => {
  const { config } = loadCommandContext();
  if (config.neo4j.kind !== 'local') {
    process.stdout.write('NEO4J_URI is set: there is no local server to stop.\n');
    return;
  }
  const running = findRunningLocalServer(config.neo4j.home);
  if (!running) {
    process.stdout.write('No local Neo4j server is running.\n');
  } else {
    await stopProcess(running.pid);
    process.stdout.write(`Stopped the local Neo4j server (pid ${running.pid}).\n`);
  }
  await rm(pidFile(config.neo4j.home), { force: true });
});
