import express, { type Router } from 'express';
import type { Metrics } from '../metrics';

export const METRICS_PATH = '/metrics';

/** Prometheus metrics at /metrics, in the registry's own text format. */
export function metricsRoute(metrics: Metrics): Router {
  const router = express.Router();
  router.get(METRICS_PATH, async (_request, response) => {
    response.setHeader('content-type', metrics.registry.contentType);
    response.send(await metrics.registry.metrics());
  });
  return router;
}
