import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './run-process';

/** Files a local server's home holds besides Neo4j's own: its pid and its credentials. */
export function pidFile(home: string): string {
  return path.join(home, 'neo4j.pid');
}

export function credentialsFile(home: string): string {
  return path.join(home, 'credentials.json');
}

/** The local server's addresses: loopback only. */
export function localBoltUri(boltPort: number): string {
  return `bolt://127.0.0.1:${boltPort}`;
}

export function localBrowserUrl(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/`;
}

export interface RunningLocalServer {
  pid: number;
  boltPort: number;
  httpPort: number;
  password: string;
}

/** The server `npm run db:start` left running in this home, if it is still alive. */
export function findRunningLocalServer(home: string): RunningLocalServer | undefined {
  const file = pidFile(home);
  const credentials = credentialsFile(home);
  if (!existsSync(file) || !existsSync(credentials)) return undefined;
  const running = JSON.parse(readFileSync(file, 'utf8')) as Omit<RunningLocalServer, 'password'>;
  if (!isProcessAlive(running.pid)) return undefined;
  const { password } = JSON.parse(readFileSync(credentials, 'utf8')) as { password: string };
  return { ...running, password };
}
