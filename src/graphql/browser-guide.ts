import path from 'node:path';
import express, { type Router } from 'express';
import { PROJECT_ROOT } from '../config';

/** The Neo4j Browser guide: a static page kept in the repository (guide/README.md). */
export const BROWSER_GUIDE_FILE = path.join(PROJECT_ROOT, 'guide/news-graph.html');

/** Where the API serves it; in Neo4j Browser, `:play http://<api host>:<port>/guide`. */
export const BROWSER_GUIDE_PATH = '/guide';

// Neo4j Browser fetches a guide from its own origin (http://localhost:7474, http://127.0.0.1:7474,
// another port, or a hosted Browser), so the guide needs CORS. Any origin may read it: it is one
// static, read-only page with nothing in it that the repository does not show, and no
// credentials are involved, so a list of origins would only break unusual set-ups.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD',
};

/**
 * Serves the guide at GET /guide, with CORS. Neo4j Browser sends `Cache-Control` and `Pragma`
 * request headers, which are not CORS-safelisted, so web browsers ask first with a preflight
 * OPTIONS request; it is answered here too.
 */
export function browserGuideRouter(file = BROWSER_GUIDE_FILE): Router {
  const router = express.Router();
  router.options(BROWSER_GUIDE_PATH, (request, response) => {
    response.set(CORS_HEADERS);
    const requested = request.get('Access-Control-Request-Headers');
    if (requested) {
      response.set('Access-Control-Allow-Headers', requested);
      response.vary('Access-Control-Request-Headers');
    }
    response.sendStatus(204);
  });
  router.get(BROWSER_GUIDE_PATH, (_request, response) => {
    response.set(CORS_HEADERS);
    // Content-Type text/html from the extension; a missing file goes to Express's error handler.
    response.sendFile(file);
  });
  return router;
}
