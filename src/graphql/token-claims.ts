import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { ApiContext } from './request-plugins';
import { ApiErrorCode } from './api-error-code';

// The claims the API reads (schema.graphql's JWT type); others are left alone.
const claimsSchema = z.looseObject({
  sub: z.string({ error: 'must be a string, the editor’s name or id' }).optional(),
  roles: z.array(z.string(), { error: 'must be a list of role names such as ["editor"]' }).optional(),
});

/**
 * What is wrong with the claims of a bearer token, in words for the client; undefined when they
 * have the shapes the API reads, or when the token cannot be decoded (the signature check, which
 * comes later, refuses such a token). Decoding does not verify: a bad shape is only ever refused.
 */
export function tokenClaimsProblem(authorization: string | undefined): string | undefined {
  const payload = /^Bearer\s+[^.\s]+\.([^.\s]+)\.[^.\s]*$/i.exec(authorization ?? '')?.[1];
  if (!payload) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = claimsSchema.safeParse(claims);
  if (parsed.success) return undefined;
  const problems = parsed.error.issues.map((issue) => `\`${issue.path.join('.')}\` ${issue.message}`);
  return `The token's claims do not have the shapes this API reads: ${problems.join('; ')}. Ask whoever issues the tokens for one with \`roles\` as a list.`;
}

/** Refuses a request whose token has claims of the wrong shape, with UNAUTHENTICATED and the reason. */
export function tokenClaimsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart({ contextValue }) {
      return Promise.resolve({
        didResolveOperation() {
          const problem = tokenClaimsProblem(contextValue.token);
          if (problem)
            throw new GraphQLError(problem, {
              extensions: { code: ApiErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          return Promise.resolve();
        },
      });
    },
  };
}
