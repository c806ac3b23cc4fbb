import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Logger } from 'pino';
import type { LocalNeo4jSettings } from '../../config';
import { AppError } from '../../errors';
import type { Neo4jConnection } from '../driver';
import { isPortFree } from './free-port';
import { credentialsFile, localBoltUri, localBrowserUrl } from './local-server-files';
import {
  claimLocalServer,
  describeOwner,
  readLiveState,
  releaseLocalServer,
  updateLocalServer,
} from './local-server-state';
import { installLocalNeo4j, type LocalNeo4jInstallation } from './install-local-neo4j';
import { neo4jJvmArguments, renderApocConf, renderNeo4jConf } from './neo4j-conf';
import { isProcessAlive, runProcess } from './run-process';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
/** How long a local server may take to start; also how long another command waits for it. */
export const DEFAULT_START_TIMEOUT_MS = 180_000;

export interface LocalNeo4jOptions extends LocalNeo4jSettings {
  /** Leave the server running after this process exits (npm run db:start). */
  detached?: boolean;
  /** The command starting it, as a user types it: other commands say who started the server they use. */
  command?: string;
  startTimeoutMs?: number;
  logger: Logger;
}

export interface LocalNeo4jServer extends Neo4jConnection {
  pid: number;
  version: string;
  browserUrl: string;
  /** Stops the server cleanly (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

/**
 * Starts a Neo4j Community server from the jars resolved from Maven Central, with `java`,
 * bound to loopback, with its own data directory under `home`. Resolves once a real Bolt
 * connection succeeds.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jServer> {
  const installation = await installLocalNeo4j(options.logger);
  await mkdir(options.home, { recursive: true });
  const claimed = await claimLocalServer(options.home, {
    command: options.command ?? 'a project command',
    detached: options.detached ?? false,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
  });
  if (!claimed) {
    const other = readLiveState(options.home);
    throw new AppError(
      'NEO4J_START_FAILED',
      `A local Neo4j is already starting or running in ${options.home}` +
        `${other ? ` (${describeOwner(other)})` : ''}. Run this command again to use it once it runs.`,
    );
  }
  try {
    await requireFreePorts(options);
  } catch (error) {
    releaseLocalServer(options.home);
    throw error;
  }
  const layout = {
    home: options.home,
    dataDirectory: path.join(options.home, 'data'),
    logsDirectory: path.join(options.home, 'logs'),
    pluginsDirectory: installation.plugins,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    ...(options.lockTimeoutMs ? { lockTimeoutMs: options.lockTimeoutMs } : {}),
  };
  const confDirectory = path.join(options.home, 'conf');
  await mkdir(confDirectory, { recursive: true });
  await mkdir(layout.logsDirectory, { recursive: true });
  await writeFile(path.join(confDirectory, 'neo4j.conf'), renderNeo4jConf(layout));
  // APOC finds apoc.conf in the --config-dir given below.
  await writeFile(path.join(confDirectory, 'apoc.conf'), renderApocConf());
  const password = await ensureCredentials(installation, options, confDirectory);

  const consoleLog = path.join(layout.logsDirectory, 'console.log');
  const logFd = openSync(consoleLog, 'a');
  const child = spawn(
    installation.java,
    [
      ...neo4jJvmArguments(options.heap),
      // Plugins go on the class path too, as the Neo4j launcher does: APOC registers extensions.
      '-cp',
      [path.join(installation.plugins, '*'), path.join(installation.lib, '*')].join(path.delimiter),
      ENTRY_POINT,
      `--home-dir=${options.home}`,
      `--config-dir=${confDirectory}`,
      '--console-mode',
    ],
    { cwd: options.home, stdio: ['ignore', logFd, logFd], detached: options.detached ?? false },
  );
  closeSync(logFd);
  if (options.detached) child.unref();
  const pid = child.pid;
  if (pid === undefined) {
    releaseLocalServer(options.home);
    throw new AppError('NEO4J_START_FAILED', `Could not start ${installation.java}; see ${consoleLog}.`);
  }
  if (!options.detached) killOnExit(child, options.home);
  await updateLocalServer(options.home, { pid });

  const connection: Neo4jConnection = {
    uri: localBoltUri(options.boltPort),
    username: 'neo4j',
    password,
    database: options.database,
  };
  const stop = async () => {
    await stopProcess(pid, child);
    releaseLocalServer(options.home);
  };
  try {
    const deadline = Date.now() + (options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    await waitForBolt(connection, child, consoleLog, deadline);
    // Bolt opens a moment before HTTP; Neo4j Browser users need both.
    await waitForHttp(`http://127.0.0.1:${options.httpPort}/`, consoleLog, deadline);
    await updateLocalServer(options.home, { status: 'running' });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    ...connection,
    pid,
    version: installation.neo4jVersion,
    browserUrl: localBrowserUrl(options.httpPort),
    stop,
  };
}

async function requireFreePorts(options: LocalNeo4jOptions): Promise<void> {
  const ports = [
    { port: options.boltPort, variable: 'LOCAL_NEO4J_BOLT_PORT', use: 'Bolt' },
    { port: options.httpPort, variable: 'LOCAL_NEO4J_HTTP_PORT', use: 'HTTP (Neo4j Browser)' },
  ];
  for (const { port, variable, use } of ports) {
    if (!(await isPortFree(port))) {
      throw new AppError(
        'PORT_IN_USE',
        `Port ${port}, wanted for the local Neo4j's ${use}, is already taken. Stop what uses it ` +
          `(perhaps a server from \`npm run db:start\`: \`npm run db:stop\`), or choose another ` +
          `port with ${variable}, or set NEO4J_URI to use the server already running there.`,
      );
    }
  }
}

/**
 * A new data directory gets its password before the first start (Neo4j's own
 * `set-initial-password`); later starts reuse the password saved beside it.
 */
async function ensureCredentials(
  installation: LocalNeo4jInstallation,
  options: LocalNeo4jOptions,
  confDirectory: string,
): Promise<string> {
  const credentials = credentialsFile(options.home);
  const authFile = path.join(options.home, 'data', 'dbms', 'auth.ini');
  if (existsSync(authFile) && existsSync(credentials)) {
    const saved = JSON.parse(await readFile(credentials, 'utf8')) as { password: string };
    return saved.password;
  }
  const password = options.initialPassword ?? randomBytes(16).toString('hex');
  const result = await runProcess(
    installation.java,
    // `--` ends the options, so a password that starts with "-" is not read as one.
    ['-cp', path.join(installation.lib, '*'), ADMIN_TOOL, 'dbms', 'set-initial-password', '--', password],
    { env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: confDirectory } },
  );
  if (result.exitCode !== 0) {
    throw new AppError(
      'NEO4J_START_FAILED',
      `Could not set the local Neo4j's initial password in ${options.home}: ${result.stderr || result.stdout}` +
        `\nIf this folder holds an old server, delete ${options.home} to start afresh.`,
    );
  }
  await writeFile(credentials, JSON.stringify({ username: 'neo4j', password }, null, 2), { mode: 0o600 });
  return password;
}

async function waitForBolt(
  connection: Neo4jConnection,
  child: ChildProcess,
  consoleLog: string,
  deadline: number,
): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    while (Date.now() < deadline) {
      if (exited) {
        throw new AppError(
          'NEO4J_START_FAILED',
          `The local Neo4j server exited while starting. Its log (${consoleLog}) ends with:\n${tail(consoleLog)}`,
        );
      }
      try {
        await driver.verifyConnectivity({ database: connection.database });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    throw new AppError(
      'NEO4J_START_FAILED',
      `The local Neo4j server did not accept Bolt connections in time. ` +
        `Its log (${consoleLog}) ends with:\n${tail(consoleLog)}`,
    );
  } finally {
    await driver.close();
  }
}

async function waitForHttp(url: string, consoleLog: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new AppError(
    'NEO4J_START_FAILED',
    `The local Neo4j server accepted Bolt but its HTTP port (${url}) did not answer in time. ` +
      `Its log (${consoleLog}) ends with:\n${tail(consoleLog)}`,
  );
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

/** A JVM we started must not outlive us, even when the process ends without a signal handler. */
function killOnExit(child: ChildProcess, home: string): void {
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    releaseLocalServer(home);
  };
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}

/** Stops the server by pid, so it also works for a detached server started by another process. */
export async function stopProcess(pid: number, child?: ChildProcess, graceMs = 60_000): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isProcessAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
