import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { credentialsFile, stateFile } from './local-server-files';
import { isProcessAlive } from './run-process';

/**
 * What a local server's home says about the server running from it, so that every project
 * command finds the server another one started: which command started it, whether it outlives
 * that command, its pid and ports. The file is created exclusively before the server starts,
 * so two commands never start two servers on one home.
 */
const stateSchema = z.object({
  status: z.enum(['starting', 'running']),
  /** The command that started it, as a user would type it (`npm start`, `npm run db:start`). */
  command: z.string(),
  /** The process of that command. */
  ownerPid: z.number().int(),
  /** True when the server outlives its command (db:start); otherwise it stops when the command does. */
  detached: z.boolean(),
  /** The Neo4j process, once spawned. */
  pid: z.number().int().optional(),
  boltPort: z.number().int(),
  httpPort: z.number().int(),
});

export type LocalServerState = z.infer<typeof stateSchema>;

export interface RunningLocalServer extends LocalServerState {
  status: 'running';
  pid: number;
  password: string;
}

/** The state in this home if its server (or the command starting it) is still alive. */
export function readLiveState(home: string): LocalServerState | undefined {
  const file = stateFile(home);
  if (!existsSync(file)) return undefined;
  let state: LocalServerState;
  try {
    state = stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined; // Written by an older version, or cut short: nothing to find there.
  }
  const alive =
    state.status === 'running'
      ? state.pid !== undefined && isProcessAlive(state.pid)
      : isProcessAlive(state.ownerPid) || (state.pid !== undefined && isProcessAlive(state.pid));
  return alive ? state : undefined;
}

/** The server running from this home, with its password, if any. */
export function findRunningLocalServer(home: string): RunningLocalServer | undefined {
  const state = readLiveState(home);
  if (state?.status !== 'running' || state.pid === undefined || !existsSync(credentialsFile(home))) return undefined;
  const { password } = JSON.parse(readFileSync(credentialsFile(home), 'utf8')) as { password: string };
  return { ...state, status: 'running', pid: state.pid, password };
}

/**
 * Waits while another command starts the server in this home; resolves with it once it runs, or
 * undefined when nothing is (or stays) there, so the caller may start one.
 */
export async function waitForLocalServer(
  home: string,
  timeoutMs: number,
  onWait: (state: LocalServerState) => void,
): Promise<RunningLocalServer | undefined> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    const state = readLiveState(home);
    if (state?.status !== 'starting') return findRunningLocalServer(home);
    if (!told) onWait(state);
    told = true;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Claims the home for a server this process starts. Resolves false when another live command
 * holds it; a stale file (its server and command gone) is replaced.
 */
export async function claimLocalServer(
  home: string,
  claim: Omit<LocalServerState, 'status' | 'ownerPid' | 'pid'>,
): Promise<boolean> {
  const state: LocalServerState = { ...claim, status: 'starting', ownerPid: process.pid };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(stateFile(home), JSON.stringify(state), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (readLiveState(home)) return false;
      await rm(stateFile(home), { force: true });
    }
  }
  return false;
}

/** Records the claimed server's progress: its pid once spawned, `running` once it answers. */
export async function updateLocalServer(home: string, update: Partial<LocalServerState>): Promise<void> {
  const current = stateSchema.parse(JSON.parse(await readFile(stateFile(home), 'utf8')));
  await writeFile(stateFile(home), JSON.stringify({ ...current, ...update }));
}

/** Removes the state when this process claimed it: a command clears only its own record. */
export function releaseLocalServer(home: string): void {
  const file = stateFile(home);
  try {
    const state = stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    if (state.ownerPid === process.pid) rmSync(file, { force: true });
  } catch {
    // No file, or one this process did not write: not ours to remove.
  }
}

/** How a command tells its user who started the server it uses, and who stops it. */
export function describeOwner(state: LocalServerState): string {
  return state.detached
    ? `\`${state.command}\` started it; it keeps running (\`npm run db:stop\` stops it)`
    : `\`${state.command}\` (pid ${state.ownerPid}) started it and stops it when it exits`;
}
