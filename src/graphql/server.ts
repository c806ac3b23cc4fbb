import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { AppError } from '../errors';
import { BROWSER_GUIDE_PATH, browserGuideRouter } from './browser-guide';
import { readOnlyRule } from './read-only-rule';

export interface ApiServerOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
  host: string;
  port: number;
  production: boolean;
  logger: Logger;
}

export interface ApiServer {
  url: string;
  healthUrl: string;
  /** The Neo4j Browser guide: `:play <guideUrl>` in Neo4j Browser. */
  guideUrl: string;
  /** Stops accepting requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

const REQUEST_BODY_LIMIT = '100kb';

/** Serves the GraphQL API at /graphql, a health check at /health and the Neo4j Browser guide at /guide. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // The command that owns the process decides when to stop (it also stops Neo4j after).
    stopOnTerminationSignals: false,
    validationRules: [readOnlyRule],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    logger: options.logger,
  });
  await apollo.start();

  app.get('/health', async (_request, response) => {
    try {
      await options.driver.verifyConnectivity({ database: options.database });
      response.json({ status: 'ok', neo4j: 'up' });
    } catch (error) {
      options.logger.warn({ err: error }, 'Health check: Neo4j does not answer');
      response.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });
  app.use(browserGuideRouter());
  app.use(
    '/graphql',
    express.json({ limit: REQUEST_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: () => Promise.resolve({ sessionConfig: { database: options.database } }),
    }),
  );

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
    healthUrl: `${base}/health`,
    guideUrl: `${base}${BROWSER_GUIDE_PATH}`,
    stop: () => apollo.stop(),
  };
}
