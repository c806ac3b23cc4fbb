import type { Router } from 'express';
import type { Logger } from 'pino';
import { uiRouter } from '../explore/ui-router';
import { GRAPHQL_PATH } from './graphql-route';

/**
 * The GraphQL IDE (to web browsers opening /graphql) and the graph view at /explore. The IDE only
 * in development: production turns introspection off, and without it GraphiQL has no docs and no
 * completion, so the page would only mislead. Any GraphQL client still works against a
 * production API; the graph view needs no introspection and stays.
 */
export function ideRoute(options: { production: boolean; logger: Logger }): Router {
  return uiRouter({ graphqlPath: GRAPHQL_PATH, ide: !options.production, logger: options.logger });
}
