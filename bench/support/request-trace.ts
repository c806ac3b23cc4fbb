import diagnosticsChannel from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import type { Driver, Session } from 'neo4j-driver';
import type { ChangeMarkerSource, MarkerRead } from '../../src/neo4j/graph-change-marker';
import { percentile, round } from './stats';

/** The monotonic clock both processes share (CLOCK_MONOTONIC), in milliseconds. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** A span of a process's time: a GC pause. */
export interface Span {
  start: number;
  end: number;
  /** V8's kind of collection: 1 minor (scavenge), 4 major (mark-compact), 8 incremental marking, 16 weak callbacks. */
  kind?: number;
}

/** GC pauses of this process, on the monotonic clock, while `collect` runs. */
function gcPauses(): { spans: Span[]; stop(): void } {
  const spans: Span[] = [];
  // performance.now() and the monotonic clock tick together: the offset is taken once.
  const offset = monotonicMs() - performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      spans.push({
        start: entry.startTime + offset,
        end: entry.startTime + offset + entry.duration,
        ...(kind === undefined ? {} : { kind }),
      });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return { spans, stop: () => observer.disconnect() };
}

/** What the load generator saw of one request, with the server's times from the answer's `x-trace` header. */
export interface ClientRecord {
  /** When the request was built, just before autocannon wrote it. */
  sent: number;
  /** When autocannon had read the whole answer. */
  received: number;
  /** The server's times (ServerTimes), or undefined for an answer without them. */
  server: number[] | undefined;
  hit: boolean;
}

export interface ClientTraceFile {
  records: ClientRecord[];
  gc: Span[];
  eventLoop: { p50: number; p99: number; max: number };
  /** CPU the load generator used, ms (user + system). */
  cpuMs: number;
  /** Time its main thread waited for a CPU, ms (/proc/self/schedstat). */
  runQueueWaitMs: number;
}

/** Kept by the autocannon child: every answer's times, its own GC pauses and event-loop delay. */
export class ClientTrace {
  private readonly records: ClientRecord[] = [];
  private readonly gc = gcPauses();
  private readonly delay = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.delay.enable();
  }

  response(headers: Record<string, unknown> | undefined): void {
    const received = monotonicMs();
    const header = headers?.['x-trace'];
    const server = typeof header === 'string' ? header.split(',').map(Number) : undefined;
    this.records.push({ sent: server?.[0] ?? Number.NaN, received, server, hit: headers?.['x-cache'] === 'HIT' });
  }

  finish(): ClientTraceFile {
    this.gc.stop();
    this.delay.disable();
    const ms = (ns: number) => ns / 1e6;
    return {
      records: this.records,
      gc: this.gc.spans,
      eventLoop: {
        p50: ms(this.delay.percentile(50)),
        p99: ms(this.delay.percentile(99)),
        max: ms(this.delay.max),
      },
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      runQueueWaitMs: Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1] ?? 0) / 1e6,
    };
  }
}

/** One read of the change marker, as the driver ran it. */
interface ReadRecord {
  /** The session was asked for (the read started). */
  start: number;
  /** The query's result had arrived. */
  ran: number;
  /** The session had closed. */
  closed: number;
  /** The marker was handed to the requests waiting for it. */
  delivered: number;
}

// Fields of the x-trace header, in order.
const SENT = 0;
const ARRIVED = 1;
const CACHE = 2;
const MARKER_ASKED = 3;
const READ = 4;
const MARKER_GOT = 5;
const SENDING = 6;

/**
 * The API's side of a traced load: when each request arrived (Node's `http.server.request.start`
 * channel), reached the response cache, asked for the change marker and got it, and when its
 * answer was sent (all written to an `x-trace` header the load generator reads), every marker
 * read's round trip, and this process's GC pauses.
 */
export class ServerTrace {
  readonly reads: ReadRecord[] = [];
  private readonly readOf = new WeakMap<MarkerRead, number>();
  private readonly arrived = new WeakMap<IncomingMessage, number>();
  private asking: number[] | undefined;
  private gc: ReturnType<typeof gcPauses> | undefined;
  private readonly onRequest = (message: unknown) => {
    this.arrived.set((message as { request: IncomingMessage }).request, monotonicMs());
  };

  start(): void {
    diagnosticsChannel.subscribe('http.server.request.start', this.onRequest);
    this.gc = gcPauses();
  }

  stop(): Span[] {
    diagnosticsChannel.unsubscribe('http.server.request.start', this.onRequest);
    this.gc?.stop();
    return this.gc?.spans ?? [];
  }

  /** A driver whose sessions time the marker's reads: give it to the marker alone. */
  markerDriver(driver: Driver): Driver {
    const reads = this.reads;
    return new Proxy(driver, {
      get(target, property) {
        if (property === 'session') {
          return (...args: Parameters<Driver['session']>) => {
            const read: ReadRecord = {
              start: monotonicMs(),
              ran: Number.NaN,
              closed: Number.NaN,
              delivered: Number.NaN,
            };
            reads.push(read);
            const session = target.session(...args);
            const run = session.run.bind(session);
            const close = session.close.bind(session);
            return Object.assign(session, {
              run: (...runArgs: Parameters<Session['run']>) => {
                const result = run(...runArgs);
                result.then(
                  () => (read.ran = monotonicMs()),
                  () => undefined,
                );
                return result;
              },
              close: async () => {
                await close();
                read.closed = monotonicMs();
              },
            });
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** The marker as the cache sees it, noting which read served each request that asked. */
  marker(source: ChangeMarkerSource): ChangeMarkerSource {
    let delivered = 0;
    source.onRead((read) => {
      const record = this.reads[delivered];
      if (record) record.delivered = monotonicMs();
      this.readOf.set(read, delivered);
      delivered += 1;
    });
    return {
      current: () => {
        const times = this.asking;
        const promise = source.current();
        if (times) {
          times[MARKER_ASKED] = monotonicMs();
          promise.then(
            (read) => {
              times[MARKER_GOT] = monotonicMs();
              times[READ] = this.readOf.get(read) ?? Number.NaN;
            },
            () => undefined,
          );
        }
        return promise;
      },
      latest: () => source.latest(),
      onRead: (listener) => source.onRead(listener),
    };
  }

  /** Wraps the response cache's middleware: stamps the request and writes the x-trace header as the answer goes. */
  middleware(inner: RequestHandler): RequestHandler {
    return (request, response, next) => {
      const times: number[] = [
        Number(request.headers['x-trace-sent']),
        this.arrived.get(request) ?? Number.NaN,
        monotonicMs(),
        Number.NaN,
        Number.NaN,
        Number.NaN,
        Number.NaN,
      ];
      const send = response.send.bind(response);
      response.send = (body?: unknown) => {
        times[SENDING] = monotonicMs();
        if (!response.headersSent) response.setHeader('x-trace', times.map((t) => round3(t)).join(','));
        return send(body);
      };
      this.asking = times;
      try {
        void inner(request, response, next);
      } finally {
        this.asking = undefined;
      }
    };
  }
}

function round3(value: number): string {
  return Number.isNaN(value) ? 'NaN' : value.toFixed(3);
}

/** Milliseconds of `spans` inside [from, to]. */
function overlap(spans: readonly Span[], from: number, to: number): number {
  let sum = 0;
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end > start) sum += end - start;
  }
  return sum;
}

/** One hit's time, split into where it went (ms). */
interface Split {
  total: number;
  /** Built in autocannon → the server's `request` event: the socket, and the server's loop busy elsewhere. */
  toServer: number;
  /** `request` event → the response cache: Express, pino-http, the body read and parsed. */
  middleware: number;
  /** Asked for the marker → the read that serves it started: the read under way when it came. */
  readBefore: number;
  /** That read's query round trip (session opened → result). */
  readRun: number;
  /** That read's session close. */
  readClose: number;
  /** Read closed → marker handed over → the request's callback ran → answer sent. */
  afterRead: number;
  /** Answer sent → autocannon had read it: the socket, and autocannon's loop busy elsewhere. */
  back: number;
  /** Server GC pauses from when it was sent to when its answer was; the client's within its whole time. */
  serverGc: number;
  clientGc: number;
}

const PARTS: (keyof Split)[] = [
  'total',
  'toServer',
  'middleware',
  'readBefore',
  'readRun',
  'readClose',
  'afterRead',
  'back',
  'serverGc',
  'clientGc',
];

/** Where hits' time went: requests near the median against those at and beyond the 99th percentile. */
export function analyseTrace(
  client: ClientTraceFile,
  serverGc: Span[],
  reads: readonly ReadRecord[],
  connections: number,
): string[] {
  const splits: Split[] = [];
  // Each connection's first request is built when autocannon sets the connection up, before it
  // connects: its `sent` is not when it was sent.
  const records = [...client.records].sort((a, b) => a.sent - b.sent).slice(connections);
  for (const record of records) {
    const times = record.server;
    if (!record.hit || !times) continue;
    const read = reads[times[READ] ?? Number.NaN];
    if (!read) continue;
    const at = (index: number) => times[index] ?? Number.NaN;
    splits.push({
      total: record.received - record.sent,
      toServer: at(ARRIVED) - at(SENT),
      middleware: at(CACHE) - at(ARRIVED),
      readBefore: Math.max(0, read.start - at(MARKER_ASKED)),
      readRun: read.ran - read.start,
      readClose: read.closed - read.ran,
      afterRead: at(SENDING) - read.closed,
      back: record.received - at(SENDING),
      serverGc: overlap(serverGc, at(SENT), at(SENDING)),
      clientGc: overlap(client.gc, record.sent, record.received),
    });
  }
  const totals = splits.map((split) => split.total);
  const p50 = percentile(totals, 50);
  const p45 = percentile(totals, 45);
  const p55 = percentile(totals, 55);
  const p99 = percentile(totals, 99);
  const middle = splits.filter((split) => split.total >= p45 && split.total <= p55);
  const tail = splits.filter((split) => split.total >= p99);
  const mean = (group: Split[], part: keyof Split) => group.reduce((sum, split) => sum + split[part], 0) / group.length;
  const readGaps = reads.slice(1).map((read, i) => read.start - reads[i]!.closed);
  // Which part is the largest in each tail request, and whether the tail comes in bursts.
  const dominant = new Map<string, number>();
  for (const split of tail) {
    const parts = PARTS.slice(1, 8);
    const largest = parts.reduce((a, b) => (split[b] > split[a] ? b : a));
    dominant.set(largest, (dominant.get(largest) ?? 0) + 1);
  }
  const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weak callbacks' };
  const byKind = (spans: readonly Span[]) =>
    Object.entries(
      spans.reduce<Record<string, { count: number; ms: number; longest: number }>>((sums, span) => {
        const name = GC_KINDS[span.kind ?? 0] ?? 'other';
        const sum = (sums[name] ??= { count: 0, ms: 0, longest: 0 });
        sum.count += 1;
        sum.ms += span.end - span.start;
        sum.longest = Math.max(sum.longest, span.end - span.start);
        return sums;
      }, {}),
    )
      .map(([name, sum]) => `${name} ${sum.count} × (${round(sum.ms)} ms, longest ${round(sum.longest)})`)
      .join(', ');
  const lines = [
    `hits traced ${splits.length}; p50 ${round(p50)} ms, p99 ${round(p99)} ms, p99/p50 ${round(p99 / p50)}`,
    `marker reads ${reads.length}: run ${p50AndP99(reads.map((r) => r.ran - r.start))}; close ${p50AndP99(
      reads.map((r) => r.closed - r.ran),
    )}; gap before next p50 ${round(percentile(readGaps, 50))} ms`,
    `GC: server ${pauses(serverGc)}; client ${pauses(client.gc)}`,
    `GC by kind: server ${byKind(serverGc)}; client ${byKind(client.gc)}`,
    `client event-loop delay p50 ${round(client.eventLoop.p50)} ms, p99 ${round(client.eventLoop.p99)} ms, max ${round(client.eventLoop.max)} ms`,
    `mean ms per hit: ${PARTS.join(' | ')}`,
    `  p45–p55 (${middle.length}): ${PARTS.map((part) => round(mean(middle, part))).join(' | ')}`,
    `  ≥ p99   (${tail.length}): ${PARTS.map((part) => round(mean(tail, part))).join(' | ')}`,
    `  largest part in each ≥ p99 hit: ${[...dominant].map(([part, count]) => `${part} ${count}`).join(', ')}`,
  ];
  return lines;
}

/** "p50 3.8 ms p99 75 ms". */
function p50AndP99(values: readonly number[]): string {
  return `p50 ${round(percentile(values, 50))} ms p99 ${round(percentile(values, 99))} ms`;
}

/** "464 pauses, 3400 ms, longest 31 ms". */
function pauses(spans: readonly Span[]): string {
  const lengths = spans.map((g) => g.end - g.start);
  return `${spans.length} pauses, ${round(lengths.reduce((sum, ms) => sum + ms, 0))} ms, longest ${round(Math.max(0, ...lengths))} ms`;
}
