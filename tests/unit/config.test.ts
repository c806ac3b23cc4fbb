import path from 'node:path';
import { AppError } from '../../src/errors';
import { DEFAULT_SEED_ARTICLE, loadConfig, PROJECT_ROOT } from '../../src/config';

describe('configuration', () => {
  it('defaults to a local Neo4j and the API on loopback port 4000', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      kind: 'local',
      home: path.join(PROJECT_ROOT, 'neo4j/.run/local'),
      boltPort: 7687,
      httpPort: 7474,
      heap: '512m',
      database: 'neo4j',
      lockTimeoutMs: 5000,
    });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.seedArticle).toBe(DEFAULT_SEED_ARTICLE);
    expect(config.production).toBe(false);
  });

  it('uses the configured server when NEO4J_URI is set, with routing or direct schemes', () => {
    for (const uri of ['neo4j://db.example.com:7687', 'bolt://localhost:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      const config = loadConfig({
        NEO4J_URI: uri,
        NEO4J_PASSWORD: 'secret',
        NEO4J_USERNAME: 'reader',
        NEO4J_DATABASE: 'news',
      });
      expect(config.neo4j).toEqual({ kind: 'external', uri, username: 'reader', password: 'secret', database: 'news' });
    }
  });

  it('trims values and treats empty ones as unset', () => {
    const config = loadConfig({ NEO4J_URI: '  ', PORT: ' 8080 ', LOG_LEVEL: '' });
    expect(config.neo4j.kind).toBe('local');
    expect(config.http.port).toBe(8080);
    expect(config.logLevel).toBe('info');
  });

  it('passes NEO4J_PASSWORD to a new local server', () => {
    expect(loadConfig({ NEO4J_PASSWORD: 'local-secret' }).neo4j).toMatchObject({
      kind: 'local',
      initialPassword: 'local-secret',
    });
  });

  it('reports every bad variable at once, each with what it must be', () => {
    expect.assertions(5);
    try {
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: '99999', LOG_LEVEL: 'loud', LOCAL_NEO4J_HEAP: 'lots' });
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const message = (error as AppError).message;
      expect(message).toMatch(/NEO4J_URI: must start with neo4j:\/\/, neo4j\+s:\/\/, bolt:\/\//);
      expect(message).toMatch(/PORT: /);
      expect(message).toMatch(/LOG_LEVEL: /);
      expect(message).toMatch(/LOCAL_NEO4J_HEAP: must be a size such as 512m or 2g/);
    }
  });

  it('requires a password for a configured server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(
      /NEO4J_PASSWORD: is required when NEO4J_URI is set/,
    );
  });

  it('switches to production mode with NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it('has a default for every limit', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 10,
      maxCost: 50000,
      maxAliases: 15,
      maxTokens: 2000,
      maxRequestBytes: 102400,
      maxResponseBytes: 10485760,
      requestTimeoutMs: 15000,
      transactionTimeoutMs: 10000,
      maxConcurrentRequests: 32,
      maxQueuedRequests: 128,
      queueTimeoutMs: 1000,
    });
    expect(loadConfig({}).jwt).toBeUndefined();
  });

  it('reads an HS256 secret or a JWKS address for tokens, never both', () => {
    expect(loadConfig({ JWT_SECRET: 's'.repeat(32), JWT_ISSUER: 'https://issuer.example' }).jwt).toEqual({
      kind: 'secret',
      secret: 's'.repeat(32),
      issuer: 'https://issuer.example',
    });
    expect(loadConfig({ JWT_JWKS_URL: 'https://issuer.example/jwks.json' }).jwt).toEqual({
      kind: 'jwks',
      url: 'https://issuer.example/jwks.json',
    });
    expect(() => loadConfig({ JWT_SECRET: 's'.repeat(32), JWT_JWKS_URL: 'https://issuer.example/jwks.json' })).toThrow(
      /JWT_JWKS_URL: cannot be set together with JWT_SECRET/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });

  it('names each bad limit and says what it must be', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0', MAX_QUERY_COST: 'lots' })).toThrow(
      /MAX_QUERY_DEPTH: must be greater than 0[\s\S]*MAX_QUERY_COST/,
    );
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '1000', NEO4J_TRANSACTION_TIMEOUT_MS: '2000' })).toThrow(
      /NEO4J_TRANSACTION_TIMEOUT_MS: plus NEO4J_CONNECTION_TIMEOUT_MS plus QUERY_QUEUE_TIMEOUT_MS .* must be shorter than REQUEST_TIMEOUT_MS \(1000\)/,
    );
  });

  it('keeps the wait for a slot, the connection wait and the transaction inside the request timeout', () => {
    const { limits, neo4jConnectionTimeoutMs } = loadConfig({});
    expect(limits.queueTimeoutMs + neo4jConnectionTimeoutMs + limits.transactionTimeoutMs).toBeLessThan(
      limits.requestTimeoutMs,
    );
    expect(() =>
      loadConfig({
        REQUEST_TIMEOUT_MS: '15000',
        NEO4J_TRANSACTION_TIMEOUT_MS: '10000',
        NEO4J_CONNECTION_TIMEOUT_MS: '5000',
      }),
    ).toThrow(
      /NEO4J_TRANSACTION_TIMEOUT_MS: plus NEO4J_CONNECTION_TIMEOUT_MS plus QUERY_QUEUE_TIMEOUT_MS \(10000 \+ 5000 \+ 1000 ms\)/,
    );
    // The default waits (2000 + 1000 ms) leave less than 12000 ms for the transaction.
    expect(() => loadConfig({ NEO4J_TRANSACTION_TIMEOUT_MS: '12000' })).toThrow(/QUERY_QUEUE_TIMEOUT_MS/);
    expect(
      loadConfig({ NEO4J_TRANSACTION_TIMEOUT_MS: '12000', QUERY_QUEUE_TIMEOUT_MS: '0' }).limits.queueTimeoutMs,
    ).toBe(0);
  });

  it('queues requests for a slot by default, and refuses a negative queue length or wait', () => {
    expect(loadConfig({ MAX_QUEUED_REQUESTS: '0' }).limits.maxQueuedRequests).toBe(0);
    expect(() => loadConfig({ MAX_QUEUED_REQUESTS: '-1', QUERY_QUEUE_TIMEOUT_MS: 'soon' })).toThrow(
      /MAX_QUEUED_REQUESTS: must be 0 or more[\s\S]*QUERY_QUEUE_TIMEOUT_MS/,
    );
  });

  it('turns the response cache on by default, off with 0, and refuses a negative size or staleness', () => {
    expect(loadConfig({}).responseCache).toEqual({ maxBytes: 64 * 1024 * 1024, maxStalenessMs: 0 });
    expect(loadConfig({ RESPONSE_CACHE_BYTES: '0', RESPONSE_CACHE_STALENESS_MS: '500' }).responseCache).toEqual({
      maxBytes: 0,
      maxStalenessMs: 500,
    });
    expect(() => loadConfig({ RESPONSE_CACHE_BYTES: '-1', RESPONSE_CACHE_STALENESS_MS: '-5' })).toThrow(
      /RESPONSE_CACHE_BYTES: must be 0 or more[\s\S]*RESPONSE_CACHE_STALENESS_MS: must be 0 or more/,
    );
  });
});
