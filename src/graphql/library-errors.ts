import { ApiErrorCode } from './api-error-code';

/**
 * The one place that recognises @neo4j/graphql's own errors. The library does not export its
 * error classes (its package `exports` names only the root module), so they are told apart by
 * their class's name (their `name` property is GraphQLError's for the base class). One case has
 * no class of its own: a missing or rejected token met while translating is a plain
 * Neo4jGraphQLError whose message is the library's constant AUTHORIZATION_UNAUTHENTICATED;
 * tests/integration/api-security.int.test.ts fails if the library changes that.
 */
const BY_CLASS: Readonly<Record<string, ApiErrorCode>> = {
  Neo4jGraphQLAuthenticationError: ApiErrorCode.UNAUTHENTICATED,
  Neo4jGraphQLForbiddenError: ApiErrorCode.FORBIDDEN,
};
const AUTHORIZATION_UNAUTHENTICATED = 'Unauthenticated';

/** The API code for an error @neo4j/graphql raised, or undefined when it is not one of its auth errors. */
export function libraryAuthErrorCode(error: unknown): ApiErrorCode | undefined {
  if (!(error instanceof Error)) return undefined;
  const className = error.constructor.name;
  const byClass = BY_CLASS[className];
  if (byClass) return byClass;
  if (className === 'Neo4jGraphQLError' && error.message === AUTHORIZATION_UNAUTHENTICATED) {
    return ApiErrorCode.UNAUTHENTICATED;
  }
  return undefined;
}
