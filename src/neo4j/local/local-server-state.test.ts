import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { credentialsFile, stateFile } from './local-server-files';
import {
  claimLocalServer,
  findRunningLocalServer,
  readLiveState,
  releaseLocalServer,
  updateLocalServer,
} from './local-server-state';

// A pid no process has: beyond Linux's largest.
const GONE = 2 ** 22 + 1;
const CLAIM = { command: 'npm start', detached: false, boltPort: 7687, httpPort: 7474 };

describe("a local server's state file", () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-state-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('lets one command claim a home, and no second while the first lives', async () => {
    expect(await claimLocalServer(home, CLAIM)).toBe(true);
    expect(await claimLocalServer(home, { ...CLAIM, command: 'npm run ingest' })).toBe(false);
    expect(readLiveState(home)).toMatchObject({ status: 'starting', command: 'npm start', ownerPid: process.pid });
  });

  it('replaces the state of a server that is gone', async () => {
    await writeFile(
      stateFile(home),
      JSON.stringify({ ...CLAIM, status: 'running', ownerPid: GONE, pid: GONE, command: 'npm run db:start' }),
    );
    expect(readLiveState(home)).toBeUndefined();
    expect(await claimLocalServer(home, CLAIM)).toBe(true);
  });

  it('finds a server only once it runs, with the password saved beside it', async () => {
    await writeFile(credentialsFile(home), JSON.stringify({ username: 'neo4j', password: 'secret' }));
    await claimLocalServer(home, CLAIM);
    await updateLocalServer(home, { pid: process.pid });
    expect(findRunningLocalServer(home)).toBeUndefined();
    await updateLocalServer(home, { status: 'running' });
    expect(findRunningLocalServer(home)).toMatchObject({ pid: process.pid, password: 'secret', command: 'npm start' });
  });

  it("leaves another command's state alone when releasing", async () => {
    const others = { ...CLAIM, status: 'running', ownerPid: GONE, pid: process.pid };
    await writeFile(stateFile(home), JSON.stringify(others));
    releaseLocalServer(home);
    expect(JSON.parse(await readFile(stateFile(home), 'utf8'))).toEqual(others);
  });
});
