import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApiLimits } from '../config';
import { isUnavailableError } from '../neo4j/map-neo4j-error';
import { API_OWN_ERROR_CODES, ApiErrorCode } from './api-error-code';
import { libraryAuthErrorCode } from './library-errors';
import { limitExtensions, tokenLimitIn } from './query-limits';

/** Codes whose messages are written for clients; anything else is masked in production. */
const CLIENT_CODES = new Set<string>([
  ApiErrorCode.GRAPHQL_PARSE_FAILED,
  ApiErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApiErrorCode.BAD_USER_INPUT,
  ApiErrorCode.BAD_REQUEST,
  ApiErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApiErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApiErrorCode.OPERATION_RESOLUTION_FAILURE,
  // Every code of the API's own is written for clients.
  ...API_OWN_ERROR_CODES,
]);

// A transaction stopped by its timeout while it waited for a lock reports LockClientStopped.
const TRANSACTION_TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
]);
const LOCK_TIMEOUT_CODES = new Set([
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
// Neo4j stopped the query at db.memory.transaction.max (or the pool of all transactions).
const MEMORY_LIMIT_CODES = new Set([
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
]);

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable at the moment; nothing was read or written. Retry in a few seconds.';

/**
 * Gives every error a stable `extensions.code` clients can act on, and in production mode hides
 * what only the server should see: stack traces (Apollo drops them), Cypher and driver messages.
 */
export function createErrorFormatter(production: boolean, limits: Pick<ApiLimits, 'transactionTimeoutMs'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const coded = withStableCode(formatted, error, limits);
    const code = codeOf(coded.extensions?.code, ApiErrorCode.INTERNAL_SERVER_ERROR);
    if (production && !CLIENT_CODES.has(code)) {
      return {
        message: 'Internal server error. The server log has the details.',
        ...(coded.locations ? { locations: coded.locations } : {}),
        ...(coded.path ? { path: coded.path } : {}),
        extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return coded;
  };
}

function withStableCode(
  formatted: GraphQLFormattedError,
  error: unknown,
  limits: Pick<ApiLimits, 'transactionTimeoutMs'>,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const neo4jCode = codeOf((original as { code?: unknown } | undefined)?.code, '');
  if (TRANSACTION_TIMEOUT_CODES.has(neo4jCode)) {
    return {
      ...formatted,
      message: `The query ran longer than ${limits.transactionTimeoutMs} ms and was stopped; nothing was written. Ask for less, or retry later.`,
      extensions: limitExtensions('transaction', limits.transactionTimeoutMs),
    };
  }
  if (LOCK_TIMEOUT_CODES.has(neo4jCode)) {
    return {
      ...formatted,
      message: 'Another write held the data this request needed for too long; nothing was written. Retry shortly.',
      extensions: { code: ApiErrorCode.LOCK_TIMEOUT },
    };
  }
  if (MEMORY_LIMIT_CODES.has(neo4jCode)) {
    return {
      ...formatted,
      message:
        'The query needed more memory in Neo4j than one request may use, and was stopped; nothing was written. ' +
        'Ask for fewer items (smaller limits), fewer nested lists or fewer large fields such as `text`.',
      extensions: { code: ApiErrorCode.QUERY_TOO_LARGE },
    };
  }
  // A limit rule's own error, which Apollo re-codes as GRAPHQL_VALIDATION_FAILED.
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  if (inner instanceof GraphQLError && inner.extensions.limit) {
    return { ...formatted, extensions: { ...formatted.extensions, ...inner.extensions } };
  }
  const tokens = tokenLimitIn(formatted.message);
  if (tokens !== undefined && formatted.extensions?.code === ApiErrorCode.GRAPHQL_PARSE_FAILED) {
    return { ...formatted, extensions: { ...formatted.extensions, ...limitExtensions('tokens', tokens) } };
  }
  if (isUnavailableError(original)) {
    return {
      ...formatted,
      message: DATABASE_UNAVAILABLE_MESSAGE,
      extensions: { code: ApiErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  const authCode = libraryAuthErrorCode(original);
  if (authCode === ApiErrorCode.UNAUTHENTICATED) {
    return {
      ...formatted,
      message: 'This operation needs a valid token with the editor or admin role: send `Authorization: Bearer <JWT>`.',
      extensions: { code: authCode },
    };
  }
  if (authCode === ApiErrorCode.FORBIDDEN) {
    return { ...formatted, message: 'Forbidden: your token does not allow this.', extensions: { code: authCode } };
  }
  return formatted;
}

/** An error code as a string, or `fallback` when there is none (codes are strings everywhere). */
export function codeOf(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
