import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApiLimits } from '../config';
import { ApiErrorCode } from './api-error-code';

/** The stable code each limit rejects with, and the variable that sets it. */
export const LIMIT_CODES = {
  depth: { code: ApiErrorCode.QUERY_TOO_DEEP, variable: 'MAX_QUERY_DEPTH' },
  cost: { code: ApiErrorCode.QUERY_TOO_COSTLY, variable: 'MAX_QUERY_COST' },
  aliases: { code: ApiErrorCode.QUERY_TOO_MANY_ALIASES, variable: 'MAX_QUERY_ALIASES' },
  tokens: { code: ApiErrorCode.QUERY_TOO_MANY_TOKENS, variable: 'MAX_QUERY_TOKENS' },
  bodySize: { code: ApiErrorCode.REQUEST_TOO_LARGE, variable: 'MAX_REQUEST_BYTES' },
  responseSize: { code: ApiErrorCode.RESPONSE_TOO_LARGE, variable: 'MAX_RESPONSE_BYTES' },
  timeout: { code: ApiErrorCode.REQUEST_TIMEOUT, variable: 'REQUEST_TIMEOUT_MS' },
  transaction: { code: ApiErrorCode.TRANSACTION_TIMEOUT, variable: 'NEO4J_TRANSACTION_TIMEOUT_MS' },
} as const;

export type LimitName = keyof typeof LIMIT_CODES;

/** The codes of the limits checked before execution: a query rejected by them runs no Cypher. */
export const QUERY_LIMIT_CODES: readonly string[] = (['depth', 'cost', 'aliases', 'tokens'] as const).map(
  (name) => LIMIT_CODES[name].code,
);

/** The extensions of an error that rejects a request for going over a limit. */
export function limitExtensions(name: LimitName, value: number) {
  const { code, variable } = LIMIT_CODES[name];
  return { code, limit: { name: variable, value } };
}

/**
 * Validation rules for depth and aliases (graphql-armor). They run before execution, so a
 * rejected query never reaches Neo4j (the cost, which depends on variables, is checked by
 * queryCostPlugin once the operation is resolved). Each reports its own error, with the limit's code and value,
 * instead of graphql-armor's generic one.
 */
export function queryLimitRules(limits: ApiLimits): ValidationRule[] {
  const reject =
    (name: LimitName, value: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      context?.reportError(
        new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Ask for less, or split the request.`, {
          extensions: limitExtensions(name, value),
        }),
      );
    };
  return [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [reject('depth', limits.maxDepth)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject('aliases', limits.maxAliases)],
    }),
  ];
}

/**
 * graphql-js stops parsing at `maxTokens` (Apollo's parseOptions); its message is stable and
 * carries the limit. Returns the limit when `message` is that error.
 */
export function tokenLimitIn(message: string): number | undefined {
  // graphql-js 16 spells it "more that"; accept the corrected spelling too.
  const match = /Document contains more th(?:at|an) (\d+) tokens/.exec(message);
  return match ? Number(match[1]) : undefined;
}
