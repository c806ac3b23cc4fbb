import { readFile } from 'node:fs/promises';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { buildSchema, TYPE_DEFINITIONS_FILE } from '../../src/graphql/build-schema';
import { createResponseCache, type ResponseCache } from '../../src/graphql/response-cache';
import { startApiServer, type ApiServer } from '../../src/graphql/http-app';
import { createMetrics, type Metrics } from '../../src/metrics';
import { DatabaseReadiness } from '../../src/neo4j/database-readiness';
import { findFreePort } from '../../src/neo4j/local/free-port';
import type { ChangeMarkerSource } from '../../src/neo4j/graph-change-marker';
import type { BenchNeo4j } from './bench-neo4j';
import type { ServerTrace } from './request-trace';

/**
 * The project's GraphQL API wired as `npm start` wires it (src/cli/start.ts): default limits,
 * response cache, metrics, readiness, production mode, no JWT (read-only), on a free port.
 * `responseCacheBytes` and `responseCacheStalenessMs` override RESPONSE_CACHE_BYTES (0: off)
 * and RESPONSE_CACHE_STALENESS_MS; `trace` times every request the
 * response cache sees and every read of the change marker (bench/support/request-trace.ts).
 */
export async function startBenchApi(
  neo4j: Pick<BenchNeo4j, 'driver' | 'database'>,
  options: { responseCacheBytes?: number; responseCacheStalenessMs?: number; trace?: ServerTrace } = {},
): Promise<ApiServer & { metrics: Metrics; responseCache?: ResponseCache }> {
  // The defaults, not this shell's environment: every bench run serves the same configuration.
  const config = loadConfig({});
  const logger = pino({ level: 'silent' });
  const metrics = createMetrics();
  const readiness = new DatabaseReadiness({ driver: neo4j.driver, database: neo4j.database, logger });
  readiness.start();
  await readiness.whenReady();
  const schema = await buildSchema(neo4j.driver, { database: neo4j.database, metrics });
  const typeDefs = await readFile(TYPE_DEFINITIONS_FILE, 'utf8');
  const settings = {
    ...config.responseCache,
    ...(options.responseCacheBytes === undefined ? {} : { maxBytes: options.responseCacheBytes }),
    ...(options.responseCacheStalenessMs === undefined ? {} : { maxStalenessMs: options.responseCacheStalenessMs }),
  };
  const timeoutMs = config.limits.transactionTimeoutMs;
  const { trace } = options;
  // With a trace, the marker's reads and the cache's requests are timed.
  const responseCache = createResponseCache(
    trace ? trace.markerDriver(neo4j.driver) : neo4j.driver,
    neo4j.database,
    settings,
    {
      metrics,
      timeoutMs,
      schema: { schema, typeDefs },
      ...(trace ? { changesThrough: (marker: ChangeMarkerSource) => trace.marker(marker) } : {}),
    },
  );
  if (trace && responseCache) {
    const middleware = responseCache.middleware.bind(responseCache);
    responseCache.middleware = () => trace.middleware(middleware());
  }
  const api = await startApiServer({
    schema,
    database: neo4j.database,
    host: '127.0.0.1',
    port: await findFreePort(),
    production: true,
    logger,
    limits: config.limits,
    readiness,
    metrics,
    ...(responseCache ? { responseCache } : {}),
  });
  return {
    ...api,
    metrics,
    ...(responseCache ? { responseCache } : {}),
    stop: async () => {
      await api.stop();
      await readiness.stop();
    },
  };
}

/** The response cache's hits, coalesced misses and misses so far, from the API's own counter. */
export async function cacheCounts(metrics: Metrics): Promise<{ hit: number; coalesced: number; miss: number }> {
  const { values } = await metrics.responseCache.get();
  const of = (result: string) => values.find((value) => value.labels.result === result)?.value ?? 0;
  return { hit: of('hit'), coalesced: of('coalesced'), miss: of('miss') };
}
