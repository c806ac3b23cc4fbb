import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ApiLimits } from '../config';
import { AppError } from '../errors';
import type { Metrics } from '../metrics';
import type { DatabaseReadiness } from '../neo4j/database-readiness';
import { EXPLORE_PATH, UI_ASSETS_PATH, uiRouter } from '../explore/ui-router';
import { BROWSER_GUIDE_PATH, browserGuideRouter } from './browser-guide';
import { createErrorFormatter } from './format-error';
import { concurrencyLimitPlugin } from './concurrency-limit';
import { bodyErrorHandler, requestTimeout, responseSizeLimit } from './http-limits';
import { argumentChecksPlugin } from './argument-checks';
import { loadCostModel } from './build-schema';
import { queryCostPlugin } from './query-cost';
import { queryLimitRules } from './query-limits';
import type { CacheHint, ResponseCache } from './response-cache';
import { observabilityPlugin, readinessPlugin, type ApiContext } from './request-plugins';
import { tokenClaimsPlugin } from './token-claims';

export interface ApiServerOptions {
  schema: GraphQLSchema;
  database: string;
  host: string;
  port: number;
  production: boolean;
  logger: Logger;
  limits: ApiLimits;
  readiness: DatabaseReadiness;
  metrics: Metrics;
  /** Answers anonymous queries from memory while the graph has not changed; none when off. */
  responseCache?: ResponseCache;
}

export interface ApiServer {
  /** The GraphQL endpoint; in development a web browser opening it gets the GraphQL IDE. */
  url: string;
  /** The graph view. */
  exploreUrl: string;
  healthUrl: string;
  readyUrl: string;
  metricsUrl: string;
  /** The Neo4j Browser guide: `:play <guideUrl>` in Neo4j Browser. */
  guideUrl: string;
  /** Stops accepting requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Serves the GraphQL API at /graphql (and the GraphQL IDE there to web browsers, in development),
 * the graph view at /explore, liveness at /health, readiness at /ready, Prometheus metrics at
 * /metrics and the Neo4j Browser guide at /guide.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { limits, readiness, metrics, responseCache } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Keep idle connections longer than load balancers (60 s) and HTTP clients do, so that the
  // server never closes a socket a client is about to reuse (the client would see ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // No "Did you mean …" in production: with introspection off, suggestions would reveal the schema.
    hideSchemaDetailsFromClientErrors: options.production,
    // The command that owns the process decides when to stop (it also stops Neo4j after).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    formatError: createErrorFormatter(options.production, limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads Apollo Sandbox from a CDN; uiRouter serves GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      tokenClaimsPlugin(),
      argumentChecksPlugin(),
      queryCostPlugin(limits.maxCost, loadCostModel),
      readinessPlugin(readiness),
      concurrencyLimitPlugin(limits.maxConcurrentRequests),
      observabilityPlugin(metrics),
      ...(responseCache ? [responseCache.plugin()] : []),
    ],
    logger: options.logger,
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: options.logger,
      // A caller's request id is kept (for tracing across services); otherwise one is made.
      genReqId: (request, response) => {
        const given = request.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      // GraphQL requests get their own line from the observability plugin, with the operation;
      // the pages' scripts and styles get none.
      autoLogging: {
        ignore: (request) =>
          request.url === '/health' ||
          request.url === '/metrics' ||
          request.url?.startsWith(`${UI_ASSETS_PATH}/`) === true,
      },
    }),
  );

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', (_request, response) => {
    if (readiness.isReady()) response.json({ status: 'ready', neo4j: 'up' });
    else response.status(503).json({ status: 'unavailable', neo4j: readiness.state, reason: readiness.reason });
  });
  app.get('/metrics', async (_request, response) => {
    response.setHeader('content-type', metrics.registry.contentType);
    response.send(await metrics.registry.metrics());
  });
  app.use(browserGuideRouter());
  app.use(
    uiRouter({
      graphqlPath: '/graphql',
      // The IDE only in development: production turns introspection off, and without it GraphiQL
      // has no docs and no completion, so the page would only mislead. Any GraphQL client still
      // works against a production API; the graph view needs no introspection and stays.
      ide: !options.production,
      logger: options.logger,
    }),
  );
  app.use(
    '/graphql',
    requestTimeout(limits.requestTimeoutMs),
    responseSizeLimit(limits.maxResponseBytes),
    express.json({ limit: limits.maxRequestBytes }),
    ...(responseCache ? [responseCache.middleware()] : []),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        Promise.resolve({
          // Verified by @neo4j/graphql against JWT_SECRET or JWT_JWKS_URL; never trusted as is.
          ...(req.headers.authorization ? { token: req.headers.authorization } : {}),
          sessionConfig: { database: options.database },
          transaction: { timeout: limits.transactionTimeoutMs },
          // genReqId above always makes a string.
          requestId: req.id as string,
          logger: req.log,
          // Only the request timeout answers before Apollo does.
          timedOut: () => res.headersSent,
          ...(res.locals.cacheHint ? { cacheHint: res.locals.cacheHint as CacheHint } : {}),
        }),
    }),
  );
  app.use(bodyErrorHandler(limits.maxRequestBytes));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError(
              'PORT_IN_USE',
              `Port ${options.port} on ${options.host}, wanted for the GraphQL API, is already taken. ` +
                'Stop what uses it (perhaps another `npm start`), or choose another port with PORT.',
              { cause: error },
            )
          : error,
      );
    });
    httpServer.listen(options.port, options.host, resolve);
  }).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  const address = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const base = `http://${host}:${address.port}`;
  return {
    url: `${base}/graphql`,
    exploreUrl: `${base}${EXPLORE_PATH}`,
    healthUrl: `${base}/health`,
    readyUrl: `${base}/ready`,
    metricsUrl: `${base}/metrics`,
    guideUrl: `${base}${BROWSER_GUIDE_PATH}`,
    stop: () => apollo.stop(),
  };
}
