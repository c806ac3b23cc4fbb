import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { UI_ASSETS_PATH } from '../explore/ui-router';
import { HEALTH_PATH } from './health-routes';
import { METRICS_PATH } from './metrics-route';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Gives every request an id (`x-request-id`, answered back) and a child logger (`req.log`), and
 * logs a line per request that no other line covers.
 */
export function requestLogging(logger: Logger): RequestHandler {
  // Responses that failed with an error, as opposed to a status the server chose to answer.
  const failed = new WeakSet<object>();
  return pinoHttp({
    logger,
    // A 5xx the server answers on purpose (503 while Neo4j starts, busy, timed out) is an expected
    // refusal: a warning without a stack, which pino-http would otherwise invent for it. A thrown
    // error keeps its level and its stack.
    customLogLevel: (_request, response, error) => {
      if (error ?? (response as { err?: unknown }).err) {
        failed.add(response);
        return 'error';
      }
      return response.statusCode >= 500 ? 'warn' : 'info';
    },
    customErrorObject: (_request, response, _error, value: Record<string, unknown>) => {
      if (failed.has(response)) return value;
      const { err: _invented, ...rest } = value;
      return rest;
    },
    customErrorMessage: (request, response) =>
      failed.has(response)
        ? 'request failed'
        : `${request.method ?? 'request'} ${request.url ?? ''} answered ${response.statusCode}`,
    // A caller's request id is kept (for tracing across services); otherwise one is made.
    genReqId: (request, response) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    // GraphQL requests get their own line from the observability plugin, with the operation;
    // probes, metrics scrapes and the pages' scripts and styles get none.
    autoLogging: {
      ignore: (request) =>
        request.url === HEALTH_PATH ||
        request.url === METRICS_PATH ||
        request.url?.startsWith(`${UI_ASSETS_PATH}/`) === true,
    },
  });
}
