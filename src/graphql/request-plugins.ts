import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { DatabaseReadiness } from '../neo4j/database-readiness';
import { conditionOf, httpExtension, outcomeOf } from './error-conditions';
import { codeOf, DATABASE_UNAVAILABLE_MESSAGE } from './format-error';
import { ApiErrorCode } from './api-error-code';

/** What every request carries besides @neo4j/graphql's own context. */
export interface ApiContext extends Neo4jGraphQLContext {
  requestId: string;
  logger: Logger;
  /** True once the request timeout has answered the client, while execution may still run. */
  timedOut(): boolean;
  /**
   * A signal aborted when the client's connection closes (or it has been answered): a queued
   * request leaves. Made on first call, by the few requests that wait for a slot.
   */
  clientGone(): AbortSignal;
  /** Whether the response cache may keep the answer (response-cache.ts); absent when it is off. */
  cacheHint?: { cacheable: boolean; operation?: string };
}

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
              extensions: {
                code: ApiErrorCode.DATABASE_UNAVAILABLE,
                http: httpExtension(ApiErrorCode.DATABASE_UNAVAILABLE),
              },
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

/**
 * One structured log line and one metric sample per GraphQL request, and the HTTP status and
 * Retry-After of its error condition (error-conditions.ts), whether the request was refused or
 * met the condition in flight. Codes are read after formatting, so they are the stable ones.
 */
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
          const codes = contextValue.timedOut() ? [ApiErrorCode.REQUEST_TIMEOUT] : responseCodes(requestContext);
          const condition = conditionOf(codes);
          if (condition) {
            requestContext.response.http.status = condition.status;
            if (condition.retryAfterSeconds) {
              requestContext.response.http.headers.set('retry-after', String(condition.retryAfterSeconds));
            }
          }
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

/** The stable codes of the errors a response carries (formatted: mapped and, in production, masked). */
function responseCodes(requestContext: GraphQLRequestContext<ApiContext>): string[] {
  const body = requestContext.response.body;
  const errors = body?.kind === 'single' ? body.singleResult.errors : body?.initialResult.errors;
  return (errors ?? []).map((error) => codeOf(error.extensions?.code, ApiErrorCode.INTERNAL_SERVER_ERROR));
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
    error.extensions?.code === ApiErrorCode.UNAUTHENTICATED
      ? {
          ...error,
          message: 'Forbidden: your token is valid but lacks the role this operation needs (editor or admin).',
          extensions: { ...error.extensions, code: ApiErrorCode.FORBIDDEN },
        }
      : error,
  );
}
