import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { ChangeMarkerSource, MarkerRead } from '../neo4j/graph-change-marker';
import { ResponseCache, type CacheHint } from './response-cache';

/** A change marker the test moves by hand: `write()` is a commit by anyone, with no change log. */
class HandMarker implements ChangeMarkerSource {
  private value = 1;
  private lastRead: number | undefined;
  private readonly listeners: ((read: MarkerRead) => void)[] = [];
  currentCalls = 0;

  write(): void {
    this.value += 1;
  }

  current(): Promise<MarkerRead> {
    this.currentCalls += 1;
    return this.read();
  }

  latest(): Promise<MarkerRead> {
    return this.read();
  }

  onRead(listener: (read: MarkerRead) => void): void {
    this.listeners.push(listener);
  }

  private read(): Promise<MarkerRead> {
    const value = this.value;
    const read: MarkerRead = {
      marker: `m${value}`,
      change: this.lastRead === value ? { kind: 'none' } : { kind: 'unknown', logged: false },
    };
    this.lastRead = value;
    return Promise.resolve().then(() => {
      for (const listener of this.listeners) listener(read);
      return read;
    });
  }
}

/**
 * The cache in front of a stand-in for Apollo that counts executions, answers with the graph's
 * version as it was when the execution started, and waits for `release()` before answering.
 */
async function startServer() {
  const marker = new HandMarker();
  const cache = new ResponseCache({ maxBytes: 1024 * 1024, changes: marker });
  const state = { version: 1, executions: 0, cacheable: true };
  let release = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  const app = express();
  app.use(express.json(), cache.middleware(), (_request, response) => {
    state.executions += 1;
    const { version, cacheable } = state;
    void gate.then(() => {
      (response.locals.cacheHint as CacheHint).cacheable = cacheable;
      response.type('application/json').send(JSON.stringify({ data: { version } }));
    });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    marker,
    state,
    release: () => release(),
    closeGate: () => (gate = new Promise<void>((resolve) => (release = resolve))),
    ask: async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version }' }),
      });
      return { cache: response.headers.get('x-cache'), body: (await response.json()) as unknown };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the response cache with concurrent identical misses', () => {
  it('runs a query once for every caller that asks for it while it runs', async () => {
    const server = await startServer();
    try {
      const first = server.ask();
      await until(() => server.state.executions === 1);
      const others = Array.from({ length: 4 }, () => server.ask());
      // Each of the others has either joined the running query (reading the marker) or run its own.
      await until(() => server.state.executions - 1 + server.marker.currentCalls === 4);
      server.release();
      const answers = await Promise.all([first, ...others]);
      expect(server.state.executions).toBe(1);
      expect(answers.map((answer) => answer.body)).toEqual(Array(5).fill({ data: { version: 1 } }));
      expect(answers.map((answer) => answer.cache)).toEqual(['MISS', 'HIT', 'HIT', 'HIT', 'HIT']);
    } finally {
      server.release();
      await server.stop();
    }
  });

  it('does not give a caller who arrives after a write the answer of a query that started before it', async () => {
    const server = await startServer();
    try {
      const before = server.ask();
      await until(() => server.state.executions === 1);
      server.state.version = 2;
      server.marker.write();
      const after = server.ask();
      // Joined the running query (reading the marker) or ran its own.
      await until(() => server.state.executions + server.marker.currentCalls === 2);
      server.release();
      expect((await before).body).toEqual({ data: { version: 1 } });
      expect((await after).body).toEqual({ data: { version: 2 } });
      expect(server.state.executions).toBe(2);
    } finally {
      server.release();
      await server.stop();
    }
  });

  it('lets waiting callers run their own query when the answer they waited for may not be kept', async () => {
    const server = await startServer();
    try {
      // An answer with an error, say: Apollo's plugin marks it not cacheable.
      server.state.cacheable = false;
      const first = server.ask();
      await until(() => server.state.executions === 1);
      const second = server.ask();
      // Joined the running query (reading the marker) or ran its own.
      await until(() => server.state.executions + server.marker.currentCalls === 2);
      server.state.cacheable = true;
      server.release();
      expect((await first).cache).toBeNull();
      expect((await second).cache).toBe('MISS');
      expect(server.state.executions).toBe(2);
    } finally {
      server.release();
      await server.stop();
    }
  });
});
