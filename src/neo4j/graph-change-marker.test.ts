import type { Driver } from 'neo4j-driver';
import type { ChangeEntry } from './graph-change-log';
import { changeBetween, GraphChangeMarker, type MarkerRead } from './graph-change-marker';

/**
 * A driver whose reads answer, once released, with the next bookmark and the change log's
 * entries since the read's `$seq` (as the probe's CASE gives them), each entry a description
 * write to the node named by its number.
 */
function scriptedDriver() {
  const pending: (() => void)[] = [];
  let committed = 0;
  let reads = 0;
  let running = 0;
  let mostAtOnce = 0;
  const entry = (seq: number) => JSON.stringify({ structural: false, ids: [`person:${seq}`], keys: ['description'] });
  const driver = {
    executeQueryBookmarkManager: {},
    session: () => {
      let bookmark = '';
      return {
        run: (_query: string, parameters: { epoch: string | null; seq: number }) =>
          new Promise<{ records: unknown[] }>((resolve) => {
            reads += 1;
            running += 1;
            mostAtOnce = Math.max(mostAtOnce, running);
            pending.push(() => {
              running -= 1;
              bookmark = `FB:${committed}`;
              const seq = committed;
              const since = parameters.epoch === 'e1' ? parameters.seq : undefined;
              const values: Record<string, unknown> = {
                epoch: 'e1',
                generation: 'g1',
                seq,
                entries:
                  since === undefined ? null : Array.from({ length: seq - since }, (_, i) => entry(since + i + 1)),
              };
              resolve({ records: [{ get: (key: string) => values[key] }] });
            });
          }),
        lastBookmarks: () => [bookmark],
        close: () => Promise.resolve(),
      };
    },
  } as unknown as Driver;
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    driver,
    commitWrite: () => (committed += 1),
    /** Answers every read under way, oldest first. */
    release: async () => {
      pending.splice(0).forEach((answer) => answer());
      await settle();
    },
    /** Answers the newest read under way only. */
    releaseNewest: async () => {
      pending.pop()?.();
      await settle();
    },
    reads: () => reads,
    mostAtOnce: () => mostAtOnce,
  };
}

const ids = (read: MarkerRead) =>
  read.change.kind === 'entries' ? read.change.entries.flatMap((e) => (e.structural ? [] : e.ids)) : read.change.kind;

describe('GraphChangeMarker', () => {
  it('makes a caller that arrives during a read wait for a read that starts after it', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j', maxReadsInFlight: 1 });
    const early = marker.current();
    neo4j.commitWrite();
    // Both arrive after the write, while the first read (which may predate it) is under way.
    const late = [marker.current(), marker.current()];
    await neo4j.release();
    await neo4j.release();
    expect((await early).marker).toContain('FB:1');
    expect((await Promise.all(late)).map((read) => read.marker)).toEqual(['FB:1|e1|g1|1', 'FB:1|e1|g1|1']);
    expect(neo4j.reads()).toBe(2);
  });

  it('starts the read a caller waits for at once while a slot is free, and never runs more than the slots', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j', maxReadsInFlight: 2 });
    const first = marker.current();
    const second = marker.current();
    // The second read started when its caller came, without waiting for the first to end.
    expect(neo4j.reads()).toBe(2);
    const third = marker.current();
    const fourth = marker.current();
    expect(neo4j.reads()).toBe(2);
    await neo4j.release();
    // Both slots were taken: the third and fourth callers share a read that began after the first ended.
    expect(neo4j.reads()).toBe(3);
    await neo4j.release();
    expect(await third).toBe(await fourth);
    expect(await first).not.toBe(await second);
    expect(neo4j.mostAtOnce()).toBe(2);
  });

  it('with one slot, never runs two reads at once, even for a caller that comes as one read ends and the queued one has not begun', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j', maxReadsInFlight: 1 });
    const first = marker.current();
    const queued = marker.current();
    // Runs right after the first read has ended, before the read queued after it has begun.
    const between = first.then(() => marker.current());
    await neo4j.release();
    await neo4j.release();
    expect(await between).toBe(await queued);
    expect(neo4j.reads()).toBe(2);
    expect(neo4j.mostAtOnce()).toBe(1);
  });

  it('hands reads over in the order they started, with each change counted once, when a later read ends first', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j', maxReadsInFlight: 2 });
    const seen: MarkerRead[] = [];
    marker.onRead((read) => seen.push(read));
    await Promise.all([marker.current(), neo4j.release()]);
    neo4j.commitWrite();
    // Both ask for the entries since the first read (seq 0); the older one sees one write, the newer two.
    const older = marker.current();
    const newer = marker.current();
    neo4j.commitWrite();
    await neo4j.releaseNewest();
    neo4j.commitWrite();
    expect(seen).toHaveLength(1);
    await neo4j.release();
    await Promise.all([older, newer]);
    // The older read (ended last, seq 3) is handed over first with all three writes; the newer one
    // saw an older state (seq 2), which the older read already covers: no change, the newer marker.
    expect(seen.map((read) => read.marker)).toEqual(['FB:0|e1|g1|0', 'FB:3|e1|g1|3', 'FB:3|e1|g1|3']);
    expect(seen.slice(1).map(ids)).toEqual([['person:1', 'person:2', 'person:3'], 'none']);
  });

  it('gives the newer of two overlapping reads only the entries after the older one', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j', maxReadsInFlight: 2 });
    await Promise.all([marker.current(), neo4j.release()]);
    neo4j.commitWrite();
    const older = marker.current();
    neo4j.commitWrite();
    const newer = marker.current();
    // Answered in order: the older at seq 2, the newer at seq 2 too (it asked for the entries since 0).
    await neo4j.release();
    expect(ids(await older)).toEqual(['person:1', 'person:2']);
    expect((await newer).change).toEqual({ kind: 'none' });
    neo4j.commitWrite();
    const after = marker.current();
    await neo4j.release();
    expect(ids(await after)).toEqual(['person:3']);
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
    expect((await first).marker).toBe('FB:0|e1|g1|0');
    neo4j.commitWrite();
    now = 100;
    expect((await marker.current()).marker).toBe('FB:0|e1|g1|0');
    now = 101;
    const fresh = marker.current();
    await neo4j.release();
    expect((await fresh).marker).toBe('FB:1|e1|g1|1');
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
    expect((await next).marker).toBe('FB:1|e1|g1|1');
    expect(seen).toEqual(['FB:1|e1|g1|1', 'FB:1|e1|g1|1']);
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
