import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { DatabaseReadiness } from '../neo4j/database-readiness';
import { codeOf, DATABASE_UNAVAILABLE_MESSAGE } from './format-error';
import { QUERY_LIMIT_CODES } from './query-limits';

/** What every request carries besides @neo4j/graphql's own context. */
export interface ApiContext extends Neo4jGraphQLContext {
  requestId: string;
  logger: Logger;
}

// Requests refused before execution: malformed, invalid, or over a query limit.
const REJECTED_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  ...QUERY_LIMIT_CODES,
]);

/**
 * Refuses requests while Neo4j is away, at once and with a clear code, instead of letting each
 * wait on the driver's timeouts; tells the readiness monitor when a request meets an outage.
 */
export function readinessPlugin(readiness: DatabaseReadiness): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation() {
          if (!readiness.isReady()) {
            throw new GraphQLError(`${DATABASE_UNAVAILABLE_MESSAGE} (${readiness.reason ?? 'starting'})`, {
              extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
            });
          }
          return Promise.resolve();
        },
        didEncounterErrors({ errors }) {
          for (const error of errors) readiness.reportFailure(error.originalError ?? error);
          return Promise.resolve();
        },
      });
    },
  };
}

/** One structured log line and one metric sample per GraphQL request. */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) {
            const cause = error.originalError;
            if (cause instanceof Neo4jError) metrics.neo4jErrors.inc({ code: cause.code });
          }
          return Promise.resolve();
        },
        willSendResponse(requestContext) {
          upgradeToForbidden(requestContext);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = requestContext.operationName ?? requestContext.operation?.name?.value ?? '(anonymous)';
          const errors = requestContext.errors ?? [];
          const codes = errors.map((error) => codeOf(error.extensions.code, 'INTERNAL_SERVER_ERROR'));
          const outcome = outcomeOf(codes);
          metrics.requests.inc({ operation, outcome });
          metrics.requestDuration.observe({ operation, outcome }, seconds);
          contextValue.logger[outcome === 'success' ? 'info' : 'warn'](
            {
              requestId: contextValue.requestId,
              operation,
              operationType: requestContext.operation?.operation,
              durationMs: Math.round(seconds * 1000),
              outcome,
              ...(codes.length > 0 ? { errorCodes: codes } : {}),
            },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}

function outcomeOf(codes: string[]): 'success' | 'rejected' | 'unavailable' | 'error' {
  if (codes.length === 0) return 'success';
  if (codes.includes('DATABASE_UNAVAILABLE')) return 'unavailable';
  if (codes.every((code) => REJECTED_CODES.has(code))) return 'rejected';
  return 'error';
}

/**
 * @neo4j/graphql answers "Unauthenticated" both without a token and with a valid token that lacks
 * the role. The second is a FORBIDDEN: the wrapper has put the verified claims in `context.jwt`.
 */
function upgradeToForbidden(requestContext: GraphQLRequestContext<ApiContext>): void {
  const body = requestContext.response.body;
  if (body?.kind !== 'single' || !requestContext.contextValue.jwt) return;
  const errors = body.singleResult.errors;
  if (!errors) return;
  body.singleResult.errors = errors.map((error): GraphQLFormattedError =>
    error.extensions?.code === 'UNAUTHENTICATED'
      ? {
          ...error,
          message: 'Forbidden: your token is valid but lacks the role this operation needs (editor or admin).',
          extensions: { ...error.extensions, code: 'FORBIDDEN' },
        }
      : error,
  );
}
