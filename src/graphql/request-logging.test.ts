import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { requestLogging } from './request-logging';

describe('request logging', () => {
  const lines: Record<string, unknown>[] = [];
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const app = express();
    app.use(requestLogging(logger));
    app.get('/ready', (_request, response) => {
      response.status(503).json({ status: 'unavailable', neo4j: 'starting' });
    });
    app.get('/people', (_request, response) => {
      response.json([]);
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const lineFor = async (path: string): Promise<Record<string, unknown>> => {
    lines.length = 0;
    await (await fetch(`${base}${path}`)).text();
    // pino-http logs when the response finishes, a moment after the client has it.
    for (let wait = 0; lines.length === 0 && wait < 50; wait += 1) await new Promise((r) => setTimeout(r, 10));
    expect(lines).toHaveLength(1);
    return lines[0]!;
  };

  it('logs an expected refusal (503 while Neo4j starts) as a warning, without a stack', async () => {
    const line = await lineFor('/ready');
    expect(line.level).toBe(pino.levels.values.warn);
    expect(line.err).toBeUndefined();
    expect(JSON.stringify(line)).not.toMatch(/stack|at .*\(/);
    expect(line.msg).toBe('GET /ready answered 503');
  });

  it('logs a successful request at info, with its request id', async () => {
    const line = await lineFor('/people');
    expect(line.level).toBe(pino.levels.values.info);
    expect((line.req as { id: string }).id).toMatch(/^[\w-]{36}$/);
  });
});
