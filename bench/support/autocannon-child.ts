/*
 * Runs autocannon in its own process, so the load generator does not share the event loop (or
 * the core) of the server it measures. Reads its settings from the JSON file argv[2] names; prints the
 * figures as JSON on stdout. Counts GraphQL-level errors (HTTP 200 with "errors") too.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadSettings, LoadFigures } from './load-test';

const settings = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadSettings;
let errorBodies = 0;

void (async () => {
  const result = await autocannon({
    url: settings.url,
    connections: settings.connections,
    duration: settings.durationSeconds,
    requests: settings.bodies.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (status: number, responseBody: string) => {
        if (status === 200 && responseBody.includes('"errors"')) errorBodies += 1;
      },
    })),
  });
  const figures: LoadFigures = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    errorBodies,
  };
  process.stdout.write(JSON.stringify(figures));
})();
