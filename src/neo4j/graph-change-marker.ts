import type { Driver } from 'neo4j-driver';

/** What a cache asks before it serves: has the graph changed since the answer was computed? */
export interface ChangeMarkerSource {
  /** The marker as read by a read that starts no earlier than this call: what a write before it changed. */
  current(): Promise<string>;
  /**
   * The marker as read by a read that started no later than this call (one under way, or a new
   * one): whatever is computed from now on is at least as new as it.
   */
  latest(): Promise<string>;
  /** Called with each marker read, in the order the reads started. */
  onRead(listener: (marker: string) => void): void;
}

export interface GraphChangeMarkerOptions {
  driver: Driver;
  database: string;
  /**
   * How old a marker may be and still be used without asking Neo4j again. 0 (the default) asks
   * for every caller, so a write is seen by the next request; more trades that for fewer reads.
   */
  maxStalenessMs?: number;
  /** The probe's transaction timeout. */
  timeoutMs?: number;
  now?: () => number;
}

// The cheapest statement that makes Neo4j answer with a bookmark.
const PROBE = 'RETURN 1';

/**
 * The graph's change marker: the bookmark Neo4j gives a read transaction names the last
 * transaction the database had committed, so it changes with every committed write, whoever
 * makes it (the API's mutations, `npm run ingest` in another process, another API replica,
 * Cypher typed in Neo4j Browser, a schema change). Nothing has to remember to record a change.
 *
 * Callers that arrive while a read is under way wait for the next read, never for one that
 * started before them (it could predate a write they have seen): one read per round trip
 * serves any number of concurrent callers. The read shares the bookmarks of the driver's
 * `executeQuery` and of @neo4j/graphql's sessions, so it also sees this process's own writes.
 */
export class GraphChangeMarker implements ChangeMarkerSource {
  private running: Promise<string> | undefined;
  private queued: Promise<string> | undefined;
  private last: { marker: string; readAt: number } | undefined;
  private readonly now: () => number;

  constructor(private readonly options: GraphChangeMarkerOptions) {
    this.now = options.now ?? Date.now;
  }

  private readonly listeners: ((marker: string) => void)[] = [];

  current(): Promise<string> {
    const recent = this.recent();
    if (recent !== undefined) return Promise.resolve(recent);
    if (!this.running) return this.launch();
    this.queued ??= this.running.then(ignore, ignore).then(() => {
      this.queued = undefined;
      return this.launch();
    });
    return this.queued;
  }

  latest(): Promise<string> {
    const recent = this.recent();
    if (recent !== undefined) return Promise.resolve(recent);
    return this.running ?? this.launch();
  }

  onRead(listener: (marker: string) => void): void {
    this.listeners.push(listener);
  }

  /** The last marker read, while RESPONSE_CACHE_STALENESS_MS allows reusing it. */
  private recent(): string | undefined {
    const maxStalenessMs = this.options.maxStalenessMs ?? 0;
    if (maxStalenessMs > 0 && this.last && this.now() - this.last.readAt <= maxStalenessMs) return this.last.marker;
    return undefined;
  }

  private launch(): Promise<string> {
    const readAt = this.now();
    // One read at a time: they end in the order they started, so listeners see markers in order.
    const read = this.read().then((marker) => {
      this.last = { marker, readAt };
      for (const listener of this.listeners) listener(marker);
      return marker;
    });
    const running = read.finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }

  private async read(): Promise<string> {
    const { driver, database, timeoutMs } = this.options;
    const session = driver.session({
      database,
      defaultAccessMode: 'READ',
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      await session.run(PROBE, {}, timeoutMs ? { timeout: timeoutMs } : {});
      const bookmarks = session.lastBookmarks();
      if (bookmarks.length === 0) {
        throw new Error(
          `Neo4j answered a read of database ${database} without a bookmark; the response cache cannot tell whether the graph changed`,
        );
      }
      return [...bookmarks].sort().join(',');
    } finally {
      await session.close();
    }
  }
}

function ignore(): void {}
