import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { UiAssets } from './bundle-ui';
import { loadUiAssets } from './ui-assets';

/** The graph view. */
export const EXPLORE_PATH = '/explore';
/** The bundles and their assets. */
export const UI_ASSETS_PATH = '/ui';

export interface UiRouterOptions {
  /** The GraphQL endpoint's path; with `ide`, a web browser's GET of it is answered with the IDE. */
  graphqlPath: string;
  ide: boolean;
  logger: Logger;
  /** Where the files come from; bundled from the sources or read from dist/ui by default. */
  loadAssets?: () => Promise<UiAssets>;
}

/**
 * Serves the GraphQL IDE (GraphiQL) at GET `graphqlPath` for web browsers, the graph view at
 * /explore and their scripts under /ui/. Every file comes from npm packages through this
 * server: the pages load nothing from elsewhere, so they work without internet access.
 * The files are made on the first request for a page (a few seconds), then kept in memory.
 */
export function uiRouter(options: UiRouterOptions): Router {
  const router = express.Router();
  let assets: Promise<UiAssets> | undefined;
  const load = (): Promise<UiAssets> => {
    assets ??= (options.loadAssets ?? loadUiAssets)();
    return assets;
  };

  const send = (name: string, response: Response): void => {
    load().then(
      (files) => {
        const file = files.get(name);
        if (!file) {
          response.status(404).type('text/plain').send(`No such file: ${UI_ASSETS_PATH}/${name}\n`);
          return;
        }
        // Always revalidated (Express adds an ETag): the files change when the sources do.
        response.set({ 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
        response.send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
      },
      (error: unknown) => {
        options.logger.error({ err: error }, 'The GraphQL IDE and graph view could not be built');
        response
          .status(503)
          .type('text/plain')
          .send('The GraphQL IDE and graph view could not be built; the server log says why.\n');
      },
    );
  };

  router.get(options.graphqlPath, (request, response, next) => {
    if (options.ide && wantsPage(request)) send('graphiql.html', response);
    else next();
  });
  router.get(EXPLORE_PATH, (_request, response) => send('explore.html', response));
  router.get(`${UI_ASSETS_PATH}/*file`, (request, response) => {
    send(request.params.file.join('/'), response);
  });
  return router;
}

/** A web browser opening the address: no GraphQL query in it, and HTML preferred over JSON. */
function wantsPage(request: Request): boolean {
  return request.query.query === undefined && request.accepts(['application/json', 'text/html']) === 'text/html';
}
