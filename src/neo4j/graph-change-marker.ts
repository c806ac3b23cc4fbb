import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { parseChangeEntry, type ChangeEntry, type ChangeLogState } from './graph-change-log';

/**
 * What changed between the previous read and this one: nothing; what the change log says
 * (each committed write transaction in order); or something the log cannot say (no log, a write
 * the trigger did not see, entries that fell off the log), when everything may have changed.
 * `logged` says whether the next read may describe its changes (a change log is kept).
 */
export type GraphChange =
  { kind: 'none' } | { kind: 'entries'; entries: ChangeEntry[] } | { kind: 'unknown'; logged: boolean };

/** One read of the marker: the same object for every caller it serves. */
export interface MarkerRead {
  /** Equal for two reads between which nothing was committed. */
  marker: string;
  /** What changed since the read before it. */
  change: GraphChange;
}

/** What a cache asks before it serves: has the graph changed since the answer was computed? */
export interface ChangeMarkerSource {
  /** The marker as read by a read that starts no earlier than this call: what a write before it changed. */
  current(): Promise<MarkerRead>;
  /**
   * The marker as read by a read that started no later than this call (one under way, or a new
   * one): whatever is computed from now on is at least as new as it.
   */
  latest(): Promise<MarkerRead>;
  /** Called with each marker read, in the order the reads started. */
  onRead(listener: (read: MarkerRead) => void): void;
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

// A read that makes Neo4j answer with a bookmark, and the change log's entries since the last
// read when they are all still there (same log node, same trigger, not too far behind).
const PROBE = `
OPTIONAL MATCH (log:GraphChangeLog {id: 'log'})
RETURN log.epoch AS epoch, log.generation AS generation, log.seq AS seq,
  CASE WHEN log.epoch = $epoch AND log.generation = $generation AND $seq <= log.seq
      AND log.seq - $seq <= size(log.entries)
    THEN log.entries[size(log.entries) - (log.seq - $seq)..]
  END AS entries`;

/** What one read saw: the bookmark, and the change log when there is one. */
export interface ProbeResult {
  bookmark: string;
  log: ChangeLogState | undefined;
}

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
 *
 * The same read reads the graph's change log (graph-change-log.ts), which says what each
 * logged write changed. Its entries are used only when they account for every write: the
 * bookmark moved and the log's count moved with it, under the same log node and trigger, with
 * no entry lost; otherwise the change is `unknown`. Reads run one at a time, so each is compared
 * with the one before it.
 */
export class GraphChangeMarker implements ChangeMarkerSource {
  private running: Promise<MarkerRead> | undefined;
  private queued: Promise<MarkerRead> | undefined;
  private last: { read: MarkerRead; readAt: number } | undefined;
  private previous: ProbeResult | undefined;
  private readonly now: () => number;

  constructor(private readonly options: GraphChangeMarkerOptions) {
    this.now = options.now ?? Date.now;
  }

  private readonly listeners: ((read: MarkerRead) => void)[] = [];

  current(): Promise<MarkerRead> {
    const recent = this.recent();
    if (recent !== undefined) return Promise.resolve(recent);
    // Between a read's end and the start of the one queued after it, callers join the queued one:
    // two reads at once could end out of order.
    if (!this.running) return this.queued ?? this.launch();
    this.queued ??= this.running.then(ignore, ignore).then(() => {
      this.queued = undefined;
      return this.launch();
    });
    return this.queued;
  }

  latest(): Promise<MarkerRead> {
    const recent = this.recent();
    if (recent !== undefined) return Promise.resolve(recent);
    return this.running ?? this.queued ?? this.launch();
  }

  onRead(listener: (read: MarkerRead) => void): void {
    this.listeners.push(listener);
  }

  /** The last marker read, while RESPONSE_CACHE_STALENESS_MS allows reusing it. */
  private recent(): MarkerRead | undefined {
    const maxStalenessMs = this.options.maxStalenessMs ?? 0;
    if (maxStalenessMs > 0 && this.last && this.now() - this.last.readAt <= maxStalenessMs) return this.last.read;
    return undefined;
  }

  private launch(): Promise<MarkerRead> {
    const readAt = this.now();
    // One read at a time: they end in the order they started, so listeners see markers in order.
    const since = this.previous;
    const read = this.read(since?.log).then((probe) => {
      const change = changeBetween(since, probe);
      this.previous = probe;
      const log = probe.log;
      const marker = log ? `${probe.bookmark}|${log.epoch}|${log.generation ?? ''}|${log.seq}` : probe.bookmark;
      const result: MarkerRead = { marker, change };
      this.last = { read: result, readAt };
      for (const listener of this.listeners) listener(result);
      return result;
    });
    const running = read.finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }

  private async read(since: ChangeLogState | undefined): Promise<ProbeResult> {
    const { driver, database, timeoutMs } = this.options;
    const session = driver.session({
      database,
      defaultAccessMode: 'READ',
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(
        PROBE,
        { epoch: since?.epoch ?? null, generation: since?.generation ?? null, seq: since?.seq ?? 0 },
        timeoutMs ? { timeout: timeoutMs } : {},
      );
      const bookmarks = session.lastBookmarks();
      if (bookmarks.length === 0) {
        throw new Error(
          `Neo4j answered a read of database ${database} without a bookmark; the response cache cannot tell whether the graph changed`,
        );
      }
      return { bookmark: [...bookmarks].sort().join(','), log: logStateOf(result.records[0]) };
    } finally {
      await session.close();
    }
  }
}

function logStateOf(record: Neo4jRecord | undefined): ChangeLogState | undefined {
  const epoch: unknown = record?.get('epoch');
  const seq: unknown = record?.get('seq');
  if (!record || typeof epoch !== 'string' || seq === null || seq === undefined) return undefined;
  const generation: unknown = record.get('generation');
  const entries: unknown = record.get('entries');
  return {
    epoch,
    generation: typeof generation === 'string' ? generation : null,
    seq: Number(seq),
    entries: Array.isArray(entries) ? entries.map(parseChangeEntry) : null,
  };
}

/**
 * What changed between two reads. The log's entries are used only when they account for
 * everything: both reads saw the same log node written by the same trigger installation, the
 * count moved on and all the entries since are there. A bookmark that moved while the count did
 * not is a write the trigger did not log (no trigger then, a schema change): `unknown`.
 */
export function changeBetween(previous: ProbeResult | undefined, next: ProbeResult): GraphChange {
  const logged = next.log?.generation !== null && next.log?.generation !== undefined;
  if (!previous) return { kind: 'unknown', logged };
  const before = previous.log;
  const after = next.log;
  const sameLog =
    before !== undefined &&
    after !== undefined &&
    before.epoch === after.epoch &&
    before.generation !== null &&
    before.generation === after.generation;
  if (previous.bookmark === next.bookmark && sameState(before, after)) return { kind: 'none' };
  if (!sameLog || after.seq <= before.seq || after.entries === null) return { kind: 'unknown', logged };
  if (after.entries.length !== after.seq - before.seq) return { kind: 'unknown', logged };
  return { kind: 'entries', entries: after.entries };
}

function ignore(): void {}

function sameState(before: ChangeLogState | undefined, after: ChangeLogState | undefined): boolean {
  if (!before || !after) return before === after;
  return before.epoch === after.epoch && before.generation === after.generation && before.seq === after.seq;
}
