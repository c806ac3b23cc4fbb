import http from 'node:http';
import express from 'express';
import { EXPLORE_PATH } from '../explore/ui-router';
import { startApolloServer, type ApolloServerOptions } from './apollo-server';
import { BROWSER_GUIDE_PATH, browserGuideRouter } from './browser-guide';
import { GRAPHQL_PATH, graphqlRoute } from './graphql-route';
import { HEALTH_PATH, READY_PATH, healthRoutes } from './health-routes';
import { bodyErrorHandler } from './http-limits';
import { ideRoute } from './ide-route';
import { listen } from './listen';
import { METRICS_PATH, metricsRoute } from './metrics-route';
import { requestLogging } from './request-logging';

/** What Apollo is started with, and where the HTTP app listens and which database it names. */
export interface ApiServerOptions extends ApolloServerOptions {
  database: string;
  host: string;
  port: number;
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

/**
 * The HTTP app: the GraphQL API at /graphql (and the GraphQL IDE there to web browsers, in
 * development), the graph view at /explore, liveness at /health, readiness at /ready, Prometheus
 * metrics at /metrics and the Neo4j Browser guide at /guide.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Keep idle connections longer than load balancers (60 s) and HTTP clients do, so that the
  // server never closes a socket a client is about to reuse (the client would see ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = await startApolloServer(options, httpServer);

  app.use(requestLogging(options.logger));
  // The routes of /graphql first: a request walks every router before the one that answers it.
  app.use(ideRoute(options));
  app.use(graphqlRoute(apollo, options));
  app.use(healthRoutes(options.readiness));
  app.use(metricsRoute(options.metrics));
  app.use(browserGuideRouter());
  app.use(bodyErrorHandler(options.limits.maxRequestBytes));

  const address = await listen(httpServer, options.host, options.port).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const base = `http://${host}:${address.port}`;
  return {
    url: `${base}${GRAPHQL_PATH}`,
    exploreUrl: `${base}${EXPLORE_PATH}`,
    healthUrl: `${base}${HEALTH_PATH}`,
    readyUrl: `${base}${READY_PATH}`,
    metricsUrl: `${base}${METRICS_PATH}`,
    guideUrl: `${base}${BROWSER_GUIDE_PATH}`,
    stop: () => apollo.stop(),
  };
}
