import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { OperationTypeNode, stripIgnoredCharacters } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Metrics } from '../metrics';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import type { ResponseCacheSettings } from '../config';
import { GraphChangeMarker, type ChangeMarkerSource, type MarkerRead } from '../neo4j/graph-change-marker';
import { ALL_DEPENDENCIES, DependencyModel, mayChange, type AnswerDependencies } from './answer-dependencies';
import { canonicalJson } from './canonical-json';

/** Set by the cache's Apollo plugin on the request's context: may this answer be kept? */
export interface CacheHint {
  cacheable: boolean;
  operation?: string;
}

/** What the cache's plugin reads from the request's context. */
export interface ResponseCacheContext extends BaseContext {
  cacheHint?: CacheHint;
  timedOut(): boolean;
}

export interface ResponseCacheOptions {
  /** Bytes the cached answers and their keys may take; the least recently used go first. */
  maxBytes: number;
  /** Tells whether the graph has changed since an answer was computed, and what changed. */
  changes: ChangeMarkerSource;
  /** What each answer depends on; without it, any change drops every answer. */
  dependencies?: DependencyModel;
  metrics?: Metrics;
}

interface CachedResponse {
  body: string;
  headers: [string, string][];
  operation: string;
  dependencies: AnswerDependencies;
}

/** The parts of a request its answer's dependencies are computed from. */
interface KeyedRequest {
  key: string;
  document: string;
  operationName: string | undefined;
  variables: unknown;
}

// Only anonymous callers share answers: a token's rights are checked by @neo4j/graphql while it
// runs the operation, so an answer computed for one token is never served to another caller.
const ANONYMOUS = 'anonymous';
// The answer's headers that depend on the request's key alone (content negotiation is in the key).
const KEPT_HEADERS = ['content-type', 'vary', 'cache-control'];
// Content types a browser may send cross-site without a preflight: Apollo refuses them unless a
// preflight header is present (CSRF prevention), so the cache must not answer them either.
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Whole GraphQL answers kept in memory, bounded in bytes, least recently used dropped first, and
 * never stale: before each request it asks the graph's change marker (graph-change-marker.ts)
 * what has changed since, whoever changed it. A write the graph's change log describes as
 * changing only some properties of some nodes drops the answers it can change
 * (answer-dependencies.ts); any other write drops every answer. Only successful
 * queries of anonymous callers are kept; a request with a token, a mutation, an answer with
 * errors and a request Apollo would refuse all go the usual way. A hit is answered before
 * Apollo, @neo4j/graphql and the driver run at all; a GET is answered with `Cache-Control:
 * no-cache` and an ETag (Express's), so a client revalidates and gets a 304 while nothing changed.
 * Identical misses that arrive while one of them runs wait for its answer (single flight), so
 * after a write a popular query runs once, not once per client asking for it.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  // Normalising a document lexes it: the same text is normalised once.
  private readonly normalised = new LRUCache<string, string>({
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (value, key) => Math.max(1, value.length + key.length),
  });
  private marker: string | undefined;
  // The last marker read that has ended: a query started after it sees every write it counted.
  private settled: MarkerRead | undefined;
  // Keys whose answer a request is computing now, settled once it is kept or given up.
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => Math.max(1, Buffer.byteLength(entry.body) + key.length * 2),
    });
    options.changes.onRead((read) => this.observe(read));
  }

  /** Answers from the cache, or lets the request through and keeps its answer if it may. */
  middleware(): RequestHandler {
    return (request, response, next) => {
      const keyed = this.keyOf(request);
      if (keyed === undefined) {
        this.options.metrics?.responseCache.inc({ result: 'bypass' });
        next();
        return;
      }
      const { key } = keyed;
      const started = process.hrtime.bigint();
      const { changes, metrics } = this.options;
      // Runs the query, to be kept under `read`.
      const miss = (read: MarkerRead) => {
        metrics?.responseCache.inc({ result: 'miss' });
        this.keepAnswer(request, response, keyed, Promise.resolve(read));
        next();
      };
      // Neo4j does not answer: Apollo's usual path reports it (DATABASE_UNAVAILABLE).
      const bypass = () => {
        metrics?.responseCache.inc({ result: 'bypass' });
        next();
      };
      if (!this.entries.has(key)) {
        // The same query is already running for another caller: wait for its answer rather than
        // run it again (after a write, every client of a popular query misses at once).
        const running = this.running.get(key);
        if (running) {
          this.follow(request, response, next, keyed, running, started);
          return;
        }
        // Nothing kept for this key: compute the answer now, without a read first. It is kept
        // under the last read that has ended: the query sees every write that read counted, and
        // the reads after it say what changed since. Before any read has ended, one is awaited.
        if (this.settled) miss(this.settled);
        else changes.latest().then(miss, bypass);
        return;
      }
      // A kept answer is served only after a marker read that started after the request came.
      changes.current().then((read) => {
        const hit = this.entries.get(key);
        if (hit) this.answer(request, response, hit, started);
        else miss(read);
      }, bypass);
    };
  }

  /**
   * Serves a request whose query another request is computing: once that one's answer is kept,
   * it is served as a hit is, after a marker read that started after this request arrived (so a
   * write the caller has seen empties the cache first); when nothing was kept (an error, a write
   * meanwhile), the request runs its own query.
   */
  private follow(
    request: Request,
    response: Response,
    next: NextFunction,
    keyed: KeyedRequest,
    running: Promise<void>,
    started: bigint,
  ): void {
    const { changes, metrics } = this.options;
    const { key } = keyed;
    const marker = changes.current();
    Promise.all([running, marker]).then(
      () => {
        // The request timeout has answered while this one waited.
        if (response.headersSent) return;
        const kept = this.entries.get(key);
        if (kept) {
          this.answer(request, response, kept, started, 'coalesced');
          return;
        }
        metrics?.responseCache.inc({ result: 'miss' });
        this.keepAnswer(request, response, keyed, marker);
        next();
      },
      // Neo4j does not answer: Apollo's usual path reports it (DATABASE_UNAVAILABLE).
      () => {
        if (response.headersSent) return;
        metrics?.responseCache.inc({ result: 'bypass' });
        next();
      },
    );
  }

  /** Drops the answers a change since they were computed can have changed. */
  private observe(read: MarkerRead): void {
    this.settled = read;
    if (read.marker === this.marker) return;
    // The first read finds nothing kept: no change to count.
    const first = this.marker === undefined;
    this.marker = read.marker;
    if (first) return;
    const { change } = read;
    switch (change.kind) {
      case 'none':
        return;
      case 'unknown':
        this.options.metrics?.responseCacheChanges.inc({ change: 'unknown' });
        this.entries.clear();
        return;
      case 'entries': {
        this.options.metrics?.responseCacheChanges.inc({ change: 'described' });
        if (change.entries.some((entry) => entry.structural)) {
          this.entries.clear();
          return;
        }
        for (const [key, entry] of this.entries.entries()) {
          if (change.entries.some((logged) => mayChange(logged, entry.dependencies))) this.entries.delete(key);
        }
        return;
      }
      default:
        return unreachable(change);
    }
  }

  /** Marks on the request's context whether its answer may be kept: a query answered without error. */
  plugin(): ApolloServerPlugin<ResponseCacheContext> {
    return {
      requestDidStart() {
        return Promise.resolve({
          willSendResponse({ contextValue, operation, operationName, response }) {
            const hint = contextValue.cacheHint;
            if (!hint) return Promise.resolve();
            const body = response.body;
            hint.cacheable =
              operation?.operation === OperationTypeNode.QUERY &&
              body.kind === 'single' &&
              body.singleResult.errors === undefined &&
              (response.http.status ?? 200) === 200 &&
              !contextValue.timedOut();
            hint.operation = operationName ?? operation?.name?.value ?? '(anonymous)';
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** How many answers are kept, and their bytes (for tests and the benchmark). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }

  private answer(
    request: Request,
    response: Response,
    hit: CachedResponse,
    started: bigint,
    result: 'hit' | 'coalesced' = 'hit',
  ): void {
    const { metrics } = this.options;
    metrics?.responseCache.inc({ result });
    for (const [name, value] of hit.headers) response.setHeader(name, value);
    if (request.method === 'GET') response.setHeader('cache-control', 'no-cache');
    response.setHeader('x-cache', 'HIT');
    response.status(200).send(hit.body);
    if (metrics) {
      const labels = { operation: hit.operation, outcome: 'success' };
      metrics.requests.inc(labels);
      metrics.requestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  /**
   * Keeps the answer Apollo sends, if its plugin says it may be kept and no newer marker has been
   * read since `marker`, a read that ended before the query started: the answer counts every
   * write that read counted (even one committed while it ran, which its log entries may
   * describe), and the reads after it say what changed since.
   */
  private keepAnswer(request: Request, response: Response, keyed: KeyedRequest, marker: Promise<MarkerRead>): void {
    const { key } = keyed;
    const hint: CacheHint = { cacheable: false };
    response.locals.cacheHint = hint;
    // A failed read is Apollo's to report (the query meets the same outage), not an unhandled rejection.
    marker.catch(ignore);
    // Requests for the same key that come meanwhile wait until this answer is kept or given up.
    let settle = ignore;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    let keeping = false;
    const done = () => {
      if (this.running.get(key) === settled) this.running.delete(key);
      settle();
    };
    if (!this.running.has(key)) this.running.set(key, settled);
    // Closed without a kept answer: an error, a timeout, a client gone.
    response.once('close', () => {
      if (!keeping) done();
    });
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      if (!hint.cacheable || typeof body !== 'string') {
        done();
        return send(body);
      }
      if (request.method === 'GET') response.setHeader('cache-control', 'no-cache');
      response.setHeader('x-cache', 'MISS');
      const headers = KEPT_HEADERS.flatMap((name): [string, string][] => {
        const value = response.getHeader(name);
        return value === undefined ? [] : [[name, String(value)]];
      });
      const sent = send(body);
      // 304: Express found the client's ETag fresh; the answer is still the one computed.
      if (response.statusCode !== 200 && response.statusCode !== 304) {
        done();
        return sent;
      }
      const dependencies = this.options.dependencies?.ofAnswer(
        keyed.document,
        keyed.operationName,
        keyed.variables,
        body,
      );
      const entry = {
        body,
        headers,
        operation: hint.operation ?? '(anonymous)',
        dependencies: dependencies ?? ALL_DEPENDENCIES,
      };
      keeping = true;
      // Kept once the marker is known (the query may have outrun its read), unless a newer
      // marker has been read meanwhile; a failed read keeps nothing (Apollo reports the outage).
      marker
        .then((read) => {
          if (this.marker === read.marker) this.entries.set(key, entry);
        }, ignore)
        .finally(done);
      return sent;
    };
  }

  /** The request's cache key, or undefined when it must not be answered from the cache. */
  private keyOf(request: Request): KeyedRequest | undefined {
    if (request.headers.authorization !== undefined) return undefined;
    if (!passesCsrfPrevention(request)) return undefined;
    const parts = requestParts(request);
    if (!parts) return undefined;
    const document = this.normalise(parts.query);
    if (document === undefined) return undefined;
    const key = [
      ANONYMOUS,
      answerTypeOf(request.headers.accept),
      parts.operationName ?? '',
      document,
      canonicalJson(parts.variables),
    ].join('\n');
    return { key, document, operationName: parts.operationName, variables: parts.variables };
  }

  private normalise(query: string): string | undefined {
    const known = this.normalised.get(query);
    if (known !== undefined) return known;
    let stripped: string;
    try {
      stripped = stripIgnoredCharacters(query);
    } catch {
      // A document that does not parse: Apollo answers it with the error.
      return undefined;
    }
    this.normalised.set(query, stripped);
    return stripped;
  }
}

/** The response cache the configuration asks for (none when RESPONSE_CACHE_BYTES is 0). */
export function createResponseCache(
  driver: Driver,
  database: string,
  settings: ResponseCacheSettings,
  options: {
    metrics?: Metrics;
    timeoutMs?: number;
    /** The schema and the type definitions it was built from, to tell what each answer depends on. */
    schema?: { schema: GraphQLSchema; typeDefs: string };
    /** What the cache reads the change marker through (the benchmarks time its reads this way). */
    changesThrough?: (marker: ChangeMarkerSource) => ChangeMarkerSource;
  } = {},
): ResponseCache | undefined {
  if (settings.maxBytes === 0) return undefined;
  const marker = new GraphChangeMarker({
    driver,
    database,
    maxStalenessMs: settings.maxStalenessMs,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return new ResponseCache({
    maxBytes: settings.maxBytes,
    changes: options.changesThrough ? options.changesThrough(marker) : marker,
    ...(options.schema ? { dependencies: new DependencyModel(options.schema.schema, options.schema.typeDefs) } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
}

interface RequestParts {
  query: string;
  variables: unknown;
  operationName: string | undefined;
}

/** The document, variables and operation name of a POST body or GET query string. */
function requestParts(request: Request): RequestParts | undefined {
  if (request.method === 'POST') {
    const body: unknown = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    return { query, variables: variables ?? {}, operationName: operationName ?? undefined };
  }
  if (request.method === 'GET') {
    const { query, variables, operationName, extensions } = request.query;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (operationName !== undefined && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && typeof variables !== 'string') return undefined;
    let parsed: unknown = {};
    if (variables) {
      try {
        parsed = JSON.parse(variables);
      } catch {
        return undefined;
      }
    }
    return { query, variables: parsed, operationName };
  }
  return undefined;
}

/**
 * What decides the answer's content type: Apollo answers `application/json` to a request
 * without `Accept`, to one that accepts any type and to one that asks for exactly that, so
 * those share answers; any other `Accept` keys its own (Apollo negotiates it).
 */
function answerTypeOf(accept: string | undefined): string {
  const value = accept?.trim() ?? '';
  return value === '' || value === '*/*' || value === 'application/json' ? 'application/json' : value;
}

/** Apollo's CSRF prevention: a request a browser could send cross-site without a preflight is refused. */
function passesCsrfPrevention(request: Request): boolean {
  const contentType = request.headers['content-type'];
  if (contentType !== undefined) {
    const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!SIMPLE_CONTENT_TYPES.includes(essence)) return true;
  }
  return PREFLIGHT_HEADERS.some((name) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.length > 0;
  });
}

function ignore(): void {}

function unreachable(value: never): never {
  throw new Error(`Unexpected graph change ${JSON.stringify(value)}`);
}
