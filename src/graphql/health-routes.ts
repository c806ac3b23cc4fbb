import express, { type Router } from 'express';
import type { DatabaseReadiness } from '../neo4j/database-readiness';

export const HEALTH_PATH = '/health';
export const READY_PATH = '/ready';

/**
 * Liveness at /health (200 while the process serves, whatever Neo4j does: a restart would not
 * help) and readiness at /ready (200 once Neo4j answers and the warm-up is done, 503 with the
 * reason before and during an outage): what a load balancer or a container healthcheck asks.
 */
export function healthRoutes(readiness: DatabaseReadiness): Router {
  const router = express.Router();
  router.get(HEALTH_PATH, (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get(READY_PATH, (_request, response) => {
    if (readiness.isReady()) response.json({ status: 'ready', neo4j: 'up' });
    else response.status(503).json({ status: 'unavailable', neo4j: readiness.state, reason: readiness.reason });
  });
  return router;
}
