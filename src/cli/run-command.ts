import { AppError } from '../errors';

/**
 * Runs a command's main function: a user's mistake prints its message and exits 1, a bug
 * prints its stack and exits 70 (EX_SOFTWARE), so scripts can tell them apart.
 */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof AppError) {
      process.stderr.write(`\nError [${error.code}]: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `\nUnexpected error (a bug; please report it):\n${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 70;
    }
  });
}

/**
 * Resolves on the first SIGINT or SIGTERM, so a command can shut down in order. The handlers
 * stay installed: without one, Node (and tsx) would exit at once on a repeated Ctrl-C and skip
 * the orderly shutdown. A second signal only says that shutdown is under way.
 */
export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        process.stderr.write('Shutting down; waiting for the server and Neo4j to stop…\n');
        return;
      }
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
