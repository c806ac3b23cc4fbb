import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { httpExtension } from './error-conditions';
import { ApiErrorCode } from './api-error-code';

export const SERVER_BUSY_MESSAGE =
  'The server is running as many queries as it allows at once; nothing was read or written. Retry in a second.';

/**
 * Bounds the GraphQL operations that run against Neo4j at once and refuses the next ones at once
 * (503 SERVER_BUSY with Retry-After). A queue would hold requests whose clients have given up:
 * after an outage it grows faster than a cold database drains it, and nothing ever succeeds.
 * A slot is held until execution ends, past a request timeout too, since Neo4j is still working.
 */
export function concurrencyLimitPlugin(maxConcurrent: number): ApolloServerPlugin {
  let running = 0;
  return {
    requestDidStart() {
      let holdsSlot = false;
      return Promise.resolve({
        didResolveOperation() {
          if (running >= maxConcurrent) {
            throw new GraphQLError(SERVER_BUSY_MESSAGE, {
              extensions: { code: ApiErrorCode.SERVER_BUSY, http: httpExtension(ApiErrorCode.SERVER_BUSY) },
            });
          }
          running += 1;
          holdsSlot = true;
          return Promise.resolve();
        },
        willSendResponse() {
          if (holdsSlot) running -= 1;
          holdsSlot = false;
          return Promise.resolve();
        },
      });
    },
  };
}
