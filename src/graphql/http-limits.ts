import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { limitExtensions } from './query-limits';
import { ApiErrorCode } from './api-error-code';

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
 * Refuses to send an answer larger than `maxBytes` (RESPONSE_TOO_LARGE) in place of streaming it:
 * the query cost estimate bounds what a query asks for, this bounds what it turned out to be.
 */
export function responseSizeLimit(maxBytes: number): RequestHandler {
  return (_request, response, next) => {
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : 0;
      if (bytes <= maxBytes) return send(body);
      response.status(400);
      return send(
        JSON.stringify({
          errors: [
            {
              message:
                `The answer is ${bytes} bytes, more than the ${maxBytes} bytes allowed, and was not sent. ` +
                'Ask for fewer items (a smaller limit), fewer nested lists or fewer large fields such as `text`.',
              extensions: limitExtensions('responseSize', maxBytes),
            },
          ],
        }),
      );
    };
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
          code: ApiErrorCode.BAD_REQUEST,
        },
      );
      return;
    }
    next(error);
  };
}
