import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * Every `extensions.code` the API answers with, in one place (as Apollo's ApolloServerErrorCode):
 * Apollo's own, then the API's. Clients and scripts key on these; docs/graphql.md lists each one
 * (a unit test checks it).
 */
export const ApiErrorCode = {
  ...ApolloServerErrorCode,
  /** No token, or one that does not verify. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid token without the role the operation needs. */
  FORBIDDEN: 'FORBIDDEN',
  /** Neo4j does not answer, is starting or is warming up (503, Retry-After 2). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** Every slot is taken (MAX_CONCURRENT_REQUESTS) and the queue is full or the wait ran out (503, Retry-After 1). */
  SERVER_BUSY: 'SERVER_BUSY',
  /** Another write held the data too long (503, Retry-After 1). */
  LOCK_TIMEOUT: 'LOCK_TIMEOUT',
  /** The query needed more memory in Neo4j than one transaction may use. */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  QUERY_TOO_MANY_ALIASES: 'QUERY_TOO_MANY_ALIASES',
  QUERY_TOO_MANY_TOKENS: 'QUERY_TOO_MANY_TOKENS',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  TRANSACTION_TIMEOUT: 'TRANSACTION_TIMEOUT',
  /** ingestArticle: the article file does not validate. */
  ARTICLE_FILE_INVALID: 'ARTICLE_FILE_INVALID',
  /** ingestArticle: the file's id is already another article's. */
  ARTICLE_ID_CONFLICT: 'ARTICLE_ID_CONFLICT',
} as const;

export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** The API's own codes, beside Apollo's. */
export const API_OWN_ERROR_CODES: readonly ApiErrorCode[] = Object.values(ApiErrorCode).filter(
  (code) => !(Object.values(ApolloServerErrorCode) as string[]).includes(code),
);
