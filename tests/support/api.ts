import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig, type ApiLimits, type JwtSettings } from '../../src/config';
import { readFile } from 'node:fs/promises';
import { buildSchema, TYPE_DEFINITIONS_FILE } from '../../src/graphql/build-schema';
import { createResponseCache } from '../../src/graphql/response-cache';
import { createWarmUp, warmUpOperations } from '../../src/graphql/warm-up';
import { startApiServer, type ApiServer } from '../../src/graphql/http-app';
import { createMetrics, type Metrics } from '../../src/metrics';
import { DatabaseReadiness, type ReadinessOptions } from '../../src/neo4j/database-readiness';
import { connectToSeededGraph, resetDatabase, testConnection } from './database';

/** The HS256 secret test servers verify tokens with (tests/support/tokens.ts signs with it). */
export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

export interface TestApi {
  api: ApiServer;
  readiness: DatabaseReadiness;
  metrics: Metrics;
  /** Posts a GraphQL request; returns the HTTP status and the parsed body. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; data?: any; errors?: { message: string; extensions?: Record<string, any> }[] }>;
  stop(): Promise<void>;
}

export interface TestApiOptions {
  limits?: Partial<ApiLimits>;
  production?: boolean;
  jwt?: JwtSettings | null;
  logger?: pino.Logger;
  /** Backoff and check intervals; the default waits for Neo4j before the API starts. */
  readiness?: Pick<ReadinessOptions, 'initialRetryDelayMs' | 'maxRetryDelayMs' | 'checkIntervalMs'>;
  waitUntilReady?: boolean;
  /** Warm the query planner up before saying ready, as `npm start` does (off by default: slower). */
  warmUp?: boolean;
  /**
   * Bytes of the response cache. Off (0) unless asked for, so that the other suites see every
   * request reach Neo4j; tests/integration/response-cache.int.test.ts tests the cache.
   */
  responseCacheBytes?: number;
}

/** The API as `npm start` serves it (default limits, HS256 tokens), on a free port. */
export async function startTestApi(driver: Driver, database: string, options: TestApiOptions = {}): Promise<TestApi> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const metrics = createMetrics();
  const limits = { ...loadConfig({}).limits, ...options.limits };
  const jwt = options.jwt === null ? undefined : (options.jwt ?? { kind: 'secret' as const, secret: TEST_JWT_SECRET });
  const schema = await buildSchema(driver, { database, ...(jwt ? { jwt } : {}), metrics });
  const warmUp = options.warmUp
    ? createWarmUp({
        schema,
        database,
        operations: warmUpOperations(schema, await readFile(TYPE_DEFINITIONS_FILE, 'utf8')),
        transactionTimeoutMs: limits.transactionTimeoutMs,
        logger,
      })
    : undefined;
  const readiness = new DatabaseReadiness({
    driver,
    database,
    logger,
    ...options.readiness,
    ...(warmUp ? { warmUp } : {}),
  });
  readiness.start();
  if (options.waitUntilReady !== false) await readiness.whenReady();
  const responseCache = createResponseCache(
    driver,
    database,
    { maxBytes: options.responseCacheBytes ?? 0, maxStalenessMs: 0 },
    { metrics, schema: { schema, typeDefs: await readFile(TYPE_DEFINITIONS_FILE, 'utf8') } },
  );
  const api = await startApiServer({
    schema,
    database,
    host: '127.0.0.1',
    port: 0,
    production: options.production ?? false,
    logger,
    limits,
    readiness,
    metrics,
    ...(responseCache ? { responseCache } : {}),
  });
  return {
    api,
    readiness,
    metrics,
    async graphql(query, variables = {}, headers = {}) {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stop() {
      await api.stop();
      await readiness.stop();
    },
  };
}

/**
 * The seeded graph of a suite and the APIs its tests start on it: connected before the suite's
 * first test, the APIs stopped and the graph emptied after its last.
 */
export function apisOnSeededGraph(): {
  driver: () => Driver;
  apiWith: (options?: TestApiOptions) => Promise<TestApi>;
} {
  const { database } = testConnection();
  let driver: Driver | undefined;
  const apis: TestApi[] = [];
  beforeAll(async () => {
    driver = await connectToSeededGraph();
  });
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    if (!driver) return;
    await resetDatabase(driver);
    await driver.close();
  });
  return {
    driver: () => driver!,
    apiWith: async (options = {}) => {
      const api = await startTestApi(driver!, database, options);
      apis.push(api);
      return api;
    },
  };
}
