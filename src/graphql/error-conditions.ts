import { ApiErrorCode } from './api-error-code';
import { QUERY_LIMIT_CODES } from './query-limits';

/** The `outcome` label of the request metrics and log lines: one per condition. */
export type RequestOutcome = 'success' | 'rejected' | 'unavailable' | 'busy' | 'timeout' | 'error';

export interface ErrorCondition {
  /** The HTTP status of every response that carries the code, refused or in flight. */
  status: number;
  /** Sent as Retry-After when retrying soon is likely to work. */
  retryAfterSeconds?: number;
  outcome: RequestOutcome;
}

/**
 * The conditions in which the API could not answer, each with one code, one HTTP status and one
 * metric outcome, whichever part of the server noticed it. In order of precedence: a response
 * with several of these codes gets the status of the first.
 */
export const ERROR_CONDITIONS: Readonly<Partial<Record<ApiErrorCode, ErrorCondition>>> = {
  [ApiErrorCode.DATABASE_UNAVAILABLE]: { status: 503, retryAfterSeconds: 2, outcome: 'unavailable' },
  [ApiErrorCode.SERVER_BUSY]: { status: 503, retryAfterSeconds: 1, outcome: 'busy' },
  [ApiErrorCode.LOCK_TIMEOUT]: { status: 503, retryAfterSeconds: 1, outcome: 'busy' },
  [ApiErrorCode.REQUEST_TIMEOUT]: { status: 503, outcome: 'timeout' },
  [ApiErrorCode.TRANSACTION_TIMEOUT]: { status: 503, outcome: 'timeout' },
};

// Requests refused before execution: malformed, invalid, or over a query limit.
const REJECTED_CODES = new Set<string>([
  ApiErrorCode.GRAPHQL_PARSE_FAILED,
  ApiErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApiErrorCode.BAD_USER_INPUT,
  ...QUERY_LIMIT_CODES,
]);

/** The condition that decides a response's status and Retry-After, if any of its codes has one. */
export function conditionOf(codes: readonly string[]): ErrorCondition | undefined {
  const code = (Object.keys(ERROR_CONDITIONS) as ApiErrorCode[]).find((candidate) => codes.includes(candidate));
  return code ? ERROR_CONDITIONS[code] : undefined;
}

/** The metric and log outcome of a response with these error codes. */
export function outcomeOf(codes: readonly string[]): RequestOutcome {
  if (codes.length === 0) return 'success';
  const condition = conditionOf(codes);
  if (condition) return condition.outcome;
  if (codes.every((code) => REJECTED_CODES.has(code))) return 'rejected';
  return 'error';
}

/** The headers a GraphQLError refusing a request carries for a condition (Apollo's `extensions.http`). */
export function httpExtension(code: ApiErrorCode): {
  status: number;
  headers: Map<string, string>;
} {
  const condition = ERROR_CONDITIONS[code];
  if (!condition) throw new Error(`Invariant violated: no error condition ${code}`);
  const headers = new Map<string, string>();
  if (condition.retryAfterSeconds) headers.set('retry-after', String(condition.retryAfterSeconds));
  return { status: condition.status, headers };
}
