import { GraphQLError } from 'graphql';
import { ApiErrorCode } from './api-error-code';
import { libraryAuthErrorCode } from './library-errors';

// Shaped as @neo4j/graphql's own classes (not exported by the library): GraphQLErrors by class name.
class Neo4jGraphQLError extends GraphQLError {}
class Neo4jGraphQLAuthenticationError extends Neo4jGraphQLError {}
class Neo4jGraphQLForbiddenError extends Neo4jGraphQLError {}

describe("@neo4j/graphql's errors", () => {
  it('reads its authentication and forbidden errors by their class', () => {
    expect(libraryAuthErrorCode(new Neo4jGraphQLAuthenticationError('Unauthenticated'))).toBe(
      ApiErrorCode.UNAUTHENTICATED,
    );
    expect(libraryAuthErrorCode(new Neo4jGraphQLForbiddenError('Forbidden'))).toBe(ApiErrorCode.FORBIDDEN);
  });

  it('reads an unauthenticated request met while translating, which has no class of its own', () => {
    expect(libraryAuthErrorCode(new Neo4jGraphQLError('Unauthenticated'))).toBe(ApiErrorCode.UNAUTHENTICATED);
  });

  it('leaves every other error alone, whatever its message says', () => {
    expect(libraryAuthErrorCode(new Error('Forbidden'))).toBeUndefined();
    expect(libraryAuthErrorCode(new Error('Unauthenticated'))).toBeUndefined();
    expect(libraryAuthErrorCode(new GraphQLError('Unauthenticated'))).toBeUndefined();
    expect(libraryAuthErrorCode(new Neo4jGraphQLError('Something else'))).toBeUndefined();
    expect(libraryAuthErrorCode('Forbidden')).toBeUndefined();
  });
});
