import type { Driver } from 'neo4j-driver';
import { GraphChangeMarker } from './graph-change-marker';

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
          new Promise<void>((resolve) => {
            reads += 1;
            pending.push(() => {
              bookmark = `FB:${committed}`;
              resolve();
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
    expect(await early).toBe('FB:1');
    expect(await Promise.all(late)).toEqual(['FB:1', 'FB:1']);
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
    expect(await first).toBe('FB:0');
    neo4j.commitWrite();
    now = 100;
    expect(await marker.current()).toBe('FB:0');
    now = 101;
    const fresh = marker.current();
    await neo4j.release();
    expect(await fresh).toBe('FB:1');
    expect(neo4j.reads()).toBe(2);
  });

  it('gives what is computed from now on the marker of a read already under way, and tells listeners in order', async () => {
    const neo4j = scriptedDriver();
    const marker = new GraphChangeMarker({ driver: neo4j.driver, database: 'neo4j' });
    const seen: string[] = [];
    marker.onRead((value) => seen.push(value));
    const first = marker.current();
    const latest = marker.latest();
    neo4j.commitWrite();
    const next = marker.current();
    await neo4j.release();
    await neo4j.release();
    expect(await latest).toBe(await first);
    expect(await next).toBe('FB:1');
    expect(seen).toEqual(['FB:1', 'FB:1']);
    expect(neo4j.reads()).toBe(2);
  });
});
