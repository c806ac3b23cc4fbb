import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './run-process';

/** Files a local server's home holds besides Neo4j's own: its pid and its credentials. */
export function pidFile(home: string): string {
  return path.join(home, 'neo4j.pid');
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
  const credentials = path.join(home, 'credentials.json');
  if (!existsSync(file) || !existsSync(credentials)) return undefined;
  const running = JSON.parse(readFileSync(file, 'utf8')) as Omit<RunningLocalServer, 'password'>;
  if (!isProcessAlive(running.pid)) return undefined;
  const { password } = JSON.parse(readFileSync(credentials, 'utf8')) as { password: string };
  return { ...running, password };
}
