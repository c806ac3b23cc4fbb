/*
 * Runs autocannon in its own process, so the load generator does not share the event loop (or
 * the core) of the server it measures. Reads its settings from the JSON file argv[2] names; prints the
 * figures as JSON on stdout. Counts GraphQL-level errors (HTTP 200 with "errors") too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadSettings, LoadFigures } from './load-test';
import { ClientTrace, monotonicMs } from './request-trace';

const settings = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadSettings;
let errorBodies = 0;
// Every response's latency: autocannon's own summary has no 95th percentile.
const latencies: number[] = [];

/** The p-th percentile (nearest rank) of sorted values. */
function percentileOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

const trace = settings.traceFile ? new ClientTrace() : undefined;

const requests = settings.bodies.map((body) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body,
  // A request with a setupRequest is built when it is sent, not up front: autocannon otherwise
  // builds every request of the list for every connection before any is sent (200 connections ×
  // 5,000 requests took 23 s here), and the first connections' 10 s timeouts ran out meanwhile.
  setupRequest: trace
    ? (request: autocannon.Request) => ({
        ...request,
        headers: { ...request.headers, 'x-trace-sent': String(monotonicMs()) },
      })
    : (request: autocannon.Request) => request,
  onResponse: (status: number, responseBody: string, _context: unknown, headers?: Record<string, unknown>) => {
    trace?.response(headers);
    if (status === 200 && responseBody.includes('"errors"')) errorBodies += 1;
  },
}));
let clients = 0;

void (async () => {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: settings.url,
        connections: settings.connections,
        duration: settings.durationSeconds,
        requests,
        // Each connection starts at its own place in the sequence, as independent clients would:
        // all starting at the first request would send the same requests at the same moments.
        setupClient: (client) => {
          const offset = Math.floor((clients * requests.length) / settings.connections) % requests.length;
          clients += 1;
          if (offset > 0) client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
        },
      },
      (error: unknown, finished) =>
        error ? reject(error instanceof Error ? error : new Error(JSON.stringify(error))) : resolve(finished),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  const sorted = latencies.sort((a, b) => a - b);
  const figures: LoadFigures = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: percentileOf(sorted, 50),
    p95: percentileOf(sorted, 95),
    p99: percentileOf(sorted, 99),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    errorBodies,
    otherStatuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {})
        .filter(([status]) => status !== '200')
        .map(([status, { count }]) => [status, count ?? 0]),
    ),
  };
  if (trace && settings.traceFile) writeFileSync(settings.traceFile, JSON.stringify(trace.finish()));
  process.stdout.write(JSON.stringify(figures));
})();
