import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { limitExtensions } from './query-limits';

/** Answers outside Apollo in the shape GraphQL clients read: `{ errors: [{ message, extensions }] }`. */
function sendGraphQLError(response: Response, status: number, message: string, extensions: object): void {
  response.status(status).json({ errors: [{ message, extensions }] });
}

/**
 * Ends a request that takes longer than `ms` with a GraphQL-shaped 503. The Neo4j transaction
 * timeout, shorter, normally ends the slow query first; this bounds everything else.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_request, response, next) => {
    const timer = setTimeout(() => {
      if (response.headersSent) return;
      sendGraphQLError(
        response,
        503,
        `The request took longer than ${ms} ms and was stopped. Ask for less, or retry later.`,
        limitExtensions('timeout', ms),
      );
    }, ms);
    response.once('close', () => clearTimeout(timer));
    response.once('finish', () => clearTimeout(timer));
    next();
  };
}

/**
 * Turns body-parser's errors (a body over the size limit, JSON that does not parse) into GraphQL
 * errors with a stable code, and drops a late write to a request that already timed out.
 */
export function bodyErrorHandler(maxRequestBytes: number): ErrorRequestHandler {
  return (error: { type?: string }, _request, response, next) => {
    if (response.headersSent) return;
    if (error.type === 'entity.too.large') {
      sendGraphQLError(
        response,
        413,
        `The request body is larger than ${maxRequestBytes} bytes. Send a smaller query or fewer variables.`,
        limitExtensions('bodySize', maxRequestBytes),
      );
      return;
    }
    if (error.type === 'entity.parse.failed') {
      sendGraphQLError(
        response,
        400,
        'The request body is not valid JSON. Send {"query": "...", "variables": {...}}.',
        {
          code: 'BAD_REQUEST',
        },
      );
      return;
    }
    next(error);
  };
}
