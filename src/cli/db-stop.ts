import { rm } from 'node:fs/promises';
import { Command } from 'commander';
import { AppError } from '../errors';
import { stateFile } from '../neo4j/local/local-server-files';
import { describeOwner, findRunningLocalServer, readLiveState } from '../neo4j/local/local-server-state';
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
  const home = config.neo4j.home;
  const running = findRunningLocalServer(home);
  if (!running) {
    const starting = readLiveState(home);
    if (starting) {
      throw new AppError(
        'LOCAL_NEO4J_IN_USE',
        `The local Neo4j in ${home} is starting: ${describeOwner(starting)}. Run this again once it runs.`,
      );
    }
    process.stdout.write('No local Neo4j server is running.\n');
  } else if (!running.detached) {
    // Another command's server: stopping it would pull Neo4j from under that command.
    throw new AppError(
      'LOCAL_NEO4J_IN_USE',
      `The local Neo4j (pid ${running.pid}) is not the one \`npm run db:start\` leaves running: ` +
        `${describeOwner(running)}. Stop that command (Ctrl-C in its terminal) instead.`,
    );
  } else {
    await stopProcess(running.pid);
    process.stdout.write(`Stopped the local Neo4j server (pid ${running.pid}).\n`);
  }
  // A stale record (its server gone) is cleared too.
  await rm(stateFile(home), { force: true });
});
