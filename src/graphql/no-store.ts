import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer says `Cache-Control: no-store`, as Apollo's default cache-control plugin
 * made it say: the schema gives no cache hints, so that plugin's policy was always "do not
 * store". The plugin computed it with a hook on every resolved field of every request (and wraps
 * every resolver of the schema to call it); this sets the same header once per request. The
 * response cache (response-cache.ts) answers the GET requests it keeps with `no-cache` instead.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}
