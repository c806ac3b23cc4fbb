import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Response, type Router } from 'express';
import type { ApiLimits } from '../config';
import { requestTimeout, responseSizeLimit } from './http-limits';
import type { ApiContext } from './request-plugins';
import type { CacheHint, ResponseCache } from './response-cache';

export const GRAPHQL_PATH = '/graphql';

/** A signal aborted when the response closes, made on first call: most requests never ask for it. */
function closeSignal(res: Response): () => AbortSignal {
  let signal: AbortSignal | undefined;
  return () => {
    if (!signal) {
      if (res.closed) {
        signal = AbortSignal.abort();
      } else {
        const closed = new AbortController();
        res.once('close', () => closed.abort());
        signal = closed.signal;
      }
    }
    return signal;
  };
}

/**
 * The GraphQL endpoint: the request's time and answer size bounded, the body parsed within its
 * size limit, then Apollo with each operation's context (token, database, timeouts, logger).
 */
export function graphqlRoute(
  apollo: ApolloServer<ApiContext>,
  options: { database: string; limits: ApiLimits; responseCache?: ResponseCache },
): Router {
  const { limits } = options;
  const router = express.Router();
  router.use(
    GRAPHQL_PATH,
    requestTimeout(limits.requestTimeoutMs),
    responseSizeLimit(limits.maxResponseBytes),
    express.json({ limit: limits.maxRequestBytes }),
    ...(options.responseCache ? [options.responseCache.middleware()] : []),
    expressMiddleware(apollo, {
      context: ({ req, res }) => {
        return Promise.resolve({
          // Verified by @neo4j/graphql against JWT_SECRET or JWT_JWKS_URL; never trusted as is.
          ...(req.headers.authorization ? { token: req.headers.authorization } : {}),
          sessionConfig: { database: options.database },
          transaction: { timeout: limits.transactionTimeoutMs },
          // requestLogging always makes a string id.
          requestId: req.id as string,
          logger: req.log,
          // Only the request timeout answers before Apollo does.
          timedOut: () => res.headersSent,
          clientGone: closeSignal(res),
          ...(res.locals.cacheHint ? { cacheHint: res.locals.cacheHint as CacheHint } : {}),
        });
      },
    }),
  );
  return router;
}
