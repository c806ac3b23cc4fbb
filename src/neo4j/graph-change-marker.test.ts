import type { Driver } from 'neo4j-driver';
import type { ChangeEntry } from './graph-change-log';
import { changeBetween, GraphChangeMarker } from './graph-change-marker';

/** A driver whose every read answers with the next bookmark once `release` is called. */
function scriptedDriver() {
  const pending: (() => void)[] = [];
  let committed = 0;
  let reads = 0;
  const driver = {
    executeQueryBookmarkManager: {},
    session: () => {
      let bookmark = '';
      return {
        run: () =>
          new Promise<{ records: [] }>((resolve) => {
            reads += 1;
            pending.push(() => {
              bookmark = `FB:${committed}`;
              resolve({ records: [] });
            });
          }),
        lastBookmarks: () => [bookmark],
        close: () => Promise.resolve(),
      };
    },
  } as unknown as Driver;
  return {
    driver,
    commitWrite: () => (committed += 1),
    release: async () => {
      pending.splice(0).forEach((answer) => answer());
      await new Promise((resolve) => setImmediate(resolve));
    },
    reads: () => reads,
  };
}

describe('GraphChangeMarker', () => {
  it('makes a caller that arrives during a read wait for a read that starts after it', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j' });
    const early = marker.current();
    neo4j.commitWrite();
    // Both arrive after the write, while the first read (which may predate it) is under way.
    const late = [marker.current(), marker.current()];
    await neo4j.release();
    await neo4j.release();
    expect((await early).marker).toBe('FB:1');
    expect((await Promise.all(late)).map((read) => read.marker)).toEqual(['FB:1', 'FB:1']);
    expect(neo4j.reads()).toBe(2);
  });

  it('never runs two reads at once, even for a caller that comes as one read ends and the queued one has not begun', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j' });
    const first = marker.current();
    const queued = marker.current();
    // Runs right after the first read has ended, before the read queued after it has begun.
    const between = first.then(() => marker.current());
    await neo4j.release();
    await neo4j.release();
    expect(await between).toBe(await queued);
    expect(neo4j.reads()).toBe(2);
  });

  it('reuses a marker for at most maxStalenessMs when asked to', async () => {
    const neo4j = scriptedDriver();
    let now = 0;
    const marker = new GraphChangeMarker({
      driver: neo4j.driver,
      database: 'neo4j',
      maxStalenessMs: 100,
      now: () => now,
    });
    const first = marker.current();
    await neo4j.release();
    expect((await first).marker).toBe('FB:0');
    neo4j.commitWrite();
    now = 100;
    expect((await marker.current()).marker).toBe('FB:0');
    now = 101;
    const fresh = marker.current();
    await neo4j.release();
    expect((await fresh).marker).toBe('FB:1');
    expect(neo4j.reads()).toBe(2);
  });

  it('gives what is computed from now on the marker of a read already under way, and tells listeners in order', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j' });
    const seen: string[] = [];
    marker.onRead((read) => seen.push(read.marker));
    const first = marker.current();
    const latest = marker.latest();
    neo4j.commitWrite();
    const next = marker.current();
    await neo4j.release();
    await neo4j.release();
    expect(await latest).toBe(await first);
    expect((await next).marker).toBe('FB:1');
    expect(seen).toEqual(['FB:1', 'FB:1']);
    expect(neo4j.reads()).toBe(2);
  });
});

describe('what changed between two reads', () => {
  const log = (seq: number, entries: ChangeEntry[] | null, generation: string | null = 'g1', epoch = 'e1') => ({
    epoch,
    generation,
    seq,
    entries,
  });
  const description: ChangeEntry = { structural: false, ids: ['person:x'], keys: ['description'] };

  it('gives the log entries when they account for every write since', () => {
    expect(
      changeBetween({ bookmark: 'FB:1', log: log(4, []) }, { bookmark: 'FB:2', log: log(5, [description]) }),
    ).toEqual({ kind: 'entries', entries: [description] });
    expect(changeBetween({ bookmark: 'FB:2', log: log(5, []) }, { bookmark: 'FB:2', log: log(5, []) })).toEqual({
      kind: 'none',
    });
  });

  it('knows nothing when a write went unlogged, the log was made again, the trigger changed or entries fell off', () => {
    const before = { bookmark: 'FB:1', log: log(4, []) };
    const unknown = { kind: 'unknown', logged: true };
    expect(changeBetween(before, { bookmark: 'FB:2', log: log(4, []) })).toEqual(unknown);
    expect(changeBetween(before, { bookmark: 'FB:2', log: log(5, [description], 'g1', 'e2') })).toEqual(unknown);
    expect(changeBetween(before, { bookmark: 'FB:2', log: log(5, [description], 'g2') })).toEqual(unknown);
    expect(changeBetween(before, { bookmark: 'FB:2', log: log(9, null) })).toEqual(unknown);
    expect(changeBetween(before, { bookmark: 'FB:2', log: log(3, []) })).toEqual(unknown);
    expect(changeBetween(before, { bookmark: 'FB:2', log: undefined })).toEqual({ kind: 'unknown', logged: false });
    expect(changeBetween(undefined, { bookmark: 'FB:2', log: log(4, []) })).toEqual(unknown);
  });
});
