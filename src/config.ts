import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors';

/** The project's root folder, so paths work from any working directory. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

export const DEFAULT_SEED_ARTICLE = path.join(
  PROJECT_ROOT,
  'data/articles/rt-2017-11-11-putin-trump-syria-joint-statement.article.yaml',
);

const port = z.coerce.number().int().min(1).max(65535);
const positiveInteger = z.coerce.number().int('must be a whole number').positive('must be greater than 0');
const countOrZero = z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more');

/** Trims a variable and treats an empty one as unset, as `.env` files often leave them. */
function fromEnv<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }, schema);
}

const environmentSchema = z
  .object({
    NEO4J_URI: fromEnv(
      z
        .string()
        .regex(
          /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
          'must start with neo4j://, neo4j+s://, bolt:// or bolt+s:// (for example bolt://localhost:7687)',
        )
        .optional(),
    ),
    NEO4J_USERNAME: fromEnv(z.string().default('neo4j')),
    NEO4J_PASSWORD: fromEnv(z.string().optional()),
    NEO4J_DATABASE: fromEnv(z.string().default('neo4j')),
    LOCAL_NEO4J_HOME: fromEnv(z.string().default(path.join(PROJECT_ROOT, 'neo4j/.run/local'))),
    LOCAL_NEO4J_BOLT_PORT: fromEnv(port.default(7687)),
    LOCAL_NEO4J_HTTP_PORT: fromEnv(port.default(7474)),
    LOCAL_NEO4J_HEAP: fromEnv(
      z
        .string()
        .regex(/^\d+[mg]$/, 'must be a size such as 512m or 2g')
        .default('512m'),
    ),
    HOST: fromEnv(z.string().default('127.0.0.1')),
    PORT: fromEnv(port.default(4000)),
    SEED_ARTICLE: fromEnv(z.string().default(DEFAULT_SEED_ARTICLE)),
    JWT_SECRET: fromEnv(z.string().min(32, 'must be at least 32 characters (an HS256 key)').optional()),
    JWT_JWKS_URL: fromEnv(z.url('must be a URL such as https://issuer.example/.well-known/jwks.json').optional()),
    JWT_ISSUER: fromEnv(z.string().optional()),
    JWT_AUDIENCE: fromEnv(z.string().optional()),
    MAX_QUERY_DEPTH: fromEnv(positiveInteger.default(10)),
    MAX_QUERY_COST: fromEnv(positiveInteger.default(50000)),
    MAX_QUERY_ALIASES: fromEnv(positiveInteger.default(15)),
    MAX_QUERY_TOKENS: fromEnv(positiveInteger.default(2000)),
    MAX_REQUEST_BYTES: fromEnv(positiveInteger.default(102400)),
    MAX_RESPONSE_BYTES: fromEnv(positiveInteger.default(10 * 1024 * 1024)),
    MAX_ARTICLE_BYTES: fromEnv(positiveInteger.default(2 * 1024 * 1024)),
    EXTRACTION_TIME_BUDGET_MS: fromEnv(positiveInteger.default(30000)),
    EXTRACTION_WORKERS: fromEnv(
      z.coerce
        .number()
        .int('must be a whole number')
        .min(0, 'must be 0 or more')
        .max(16, 'must be at most 16')
        // Off by default: on the 2-core machine measured (bench/results.md, section 8) workers were slower.
        .default(0),
    ),
    REQUEST_TIMEOUT_MS: fromEnv(positiveInteger.default(15000)),
    NEO4J_TRANSACTION_TIMEOUT_MS: fromEnv(positiveInteger.default(10000)),
    NEO4J_LOCK_TIMEOUT_MS: fromEnv(positiveInteger.default(5000)),
    NEO4J_CONNECTION_TIMEOUT_MS: fromEnv(positiveInteger.default(2000)),
    MAX_CONCURRENT_REQUESTS: fromEnv(positiveInteger.max(1000, 'must be at most 1000').default(32)),
    MAX_QUEUED_REQUESTS: fromEnv(countOrZero.max(10000, 'must be at most 10000').default(128)),
    QUERY_QUEUE_TIMEOUT_MS: fromEnv(countOrZero.default(1000)),
    RESPONSE_CACHE_BYTES: fromEnv(countOrZero.default(64 * 1024 * 1024)),
    RESPONSE_CACHE_STALENESS_MS: fromEnv(countOrZero.default(0)),
    LOG_LEVEL: fromEnv(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    NODE_ENV: fromEnv(z.enum(['development', 'production', 'test']).default('development')),
  })
  .superRefine((env, context) => {
    if (env.JWT_SECRET && env.JWT_JWKS_URL) {
      context.addIssue({
        code: 'custom',
        path: ['JWT_JWKS_URL'],
        message: 'cannot be set together with JWT_SECRET: choose HS256 (JWT_SECRET) or a JWKS (JWT_JWKS_URL)',
      });
    }
    // A request may wait for a slot, then for a connection, then run its transaction: all must
    // end before the request's own timeout does, or the client sees REQUEST_TIMEOUT for what was
    // a busy server or a slow query.
    if (
      env.QUERY_QUEUE_TIMEOUT_MS + env.NEO4J_CONNECTION_TIMEOUT_MS + env.NEO4J_TRANSACTION_TIMEOUT_MS >=
      env.REQUEST_TIMEOUT_MS
    ) {
      context.addIssue({
        code: 'custom',
        path: ['NEO4J_TRANSACTION_TIMEOUT_MS'],
        message:
          `plus NEO4J_CONNECTION_TIMEOUT_MS plus QUERY_QUEUE_TIMEOUT_MS (${env.NEO4J_TRANSACTION_TIMEOUT_MS} + ` +
          `${env.NEO4J_CONNECTION_TIMEOUT_MS} + ${env.QUERY_QUEUE_TIMEOUT_MS} ms) must be shorter than REQUEST_TIMEOUT_MS ` +
          `(${env.REQUEST_TIMEOUT_MS}), so a slow query or a wait for the server ends before its request does`,
      });
    }
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      context.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI is set (the password of NEO4J_USERNAME on that server)',
      });
    }
  });

/** How the local server runs: where its files live, its ports and its memory. */
export interface LocalNeo4jSettings {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  database: string;
  /** The password of a new data directory's neo4j user (NEO4J_PASSWORD); random when unset. */
  initialPassword?: string;
  /** How long a transaction may wait for a lock before it fails (db.lock.acquisition.timeout). */
  lockTimeoutMs?: number;
}

/** Where the application's Neo4j comes from: a server someone runs, or one this project starts. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string }
  | ({ kind: 'local' } & LocalNeo4jSettings);

/** How writes are authenticated: an HS256 secret or a JWKS address; none means read-only. */
export type JwtSettings =
  | { kind: 'secret'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; url: string; issuer?: string; audience?: string };

/** Bounds on what one request may ask for; each rejection names its limit and value. */
export interface ApiLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxRequestBytes: number;
  /** The largest answer sent; a larger one is refused (RESPONSE_TOO_LARGE), not streamed. */
  maxResponseBytes: number;
  requestTimeoutMs: number;
  transactionTimeoutMs: number;
  /** GraphQL operations running against Neo4j at once; more wait in a bounded queue. */
  maxConcurrentRequests: number;
  /** Operations that may wait for a slot; beyond them a request is refused (503 SERVER_BUSY). */
  maxQueuedRequests: number;
  /** How long an operation may wait for a slot before it is refused (503 SERVER_BUSY). */
  queueTimeoutMs: number;
}

/** The in-memory cache of anonymous queries' answers (src/graphql/response-cache.ts). */
export interface ResponseCacheSettings {
  /** Bytes of answers kept; 0 turns the cache off. */
  maxBytes: number;
  /** How long a read of the graph's change marker is trusted; 0 reads it for every request. */
  maxStalenessMs: number;
}

export interface AppConfig {
  neo4j: Neo4jTarget;
  /** The largest article file (text, HTML or JSONL) `npm run ingest` reads. */
  maxArticleBytes: number;
  /** How long extracting one article may take before it is reported and skipped. */
  extractionBudgetMs: number;
  /** Worker threads that analyse articles' texts when several are ingested (0: all in the main thread). */
  extractionWorkers: number;
  /** Driver timeouts: a request fails fast instead of queueing while Neo4j is away. */
  neo4jConnectionTimeoutMs: number;
  http: { host: string; port: number };
  jwt?: JwtSettings;
  limits: ApiLimits;
  responseCache: ResponseCacheSettings;
  seedArticle: string;
  logLevel: string;
  production: boolean;
}

/**
 * Loads the project's `.env` file into the environment when there is one. Variables already set
 * in the environment win over the file.
 */
export function loadDotEnv(file = path.join(PROJECT_ROOT, '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** The names of every variable the application reads, for documentation checks. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape);

/**
 * Reads and validates the configuration once. Every bad value is reported together, each with
 * the variable's name and what it must be. Relative paths are relative to the project folder.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new AppError(
      'CONFIG_INVALID',
      `Invalid configuration in the environment:\n${problems.join('\n')}\n` +
        'Fix these variables (see .env.example for every variable and its meaning).',
    );
  }
  const env = parsed.data;
  const neo4j: Neo4jTarget = env.NEO4J_URI
    ? {
        kind: 'external',
        uri: env.NEO4J_URI,
        username: env.NEO4J_USERNAME,
        // superRefine guarantees a password whenever a URI is set.
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE,
      }
    : {
        kind: 'local',
        home: path.resolve(PROJECT_ROOT, env.LOCAL_NEO4J_HOME),
        boltPort: env.LOCAL_NEO4J_BOLT_PORT,
        httpPort: env.LOCAL_NEO4J_HTTP_PORT,
        heap: env.LOCAL_NEO4J_HEAP,
        database: env.NEO4J_DATABASE,
        ...(env.NEO4J_PASSWORD ? { initialPassword: env.NEO4J_PASSWORD } : {}),
        lockTimeoutMs: env.NEO4J_LOCK_TIMEOUT_MS,
      };
  const claims = {
    ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}),
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
  };
  const jwt: JwtSettings | undefined = env.JWT_SECRET
    ? { kind: 'secret', secret: env.JWT_SECRET, ...claims }
    : env.JWT_JWKS_URL
      ? { kind: 'jwks', url: env.JWT_JWKS_URL, ...claims }
      : undefined;
  return {
    neo4j,
    neo4jConnectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
    maxArticleBytes: env.MAX_ARTICLE_BYTES,
    extractionBudgetMs: env.EXTRACTION_TIME_BUDGET_MS,
    extractionWorkers: env.EXTRACTION_WORKERS,
    http: { host: env.HOST, port: env.PORT },
    ...(jwt ? { jwt } : {}),
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxCost: env.MAX_QUERY_COST,
      maxAliases: env.MAX_QUERY_ALIASES,
      maxTokens: env.MAX_QUERY_TOKENS,
      maxRequestBytes: env.MAX_REQUEST_BYTES,
      maxResponseBytes: env.MAX_RESPONSE_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      transactionTimeoutMs: env.NEO4J_TRANSACTION_TIMEOUT_MS,
      maxConcurrentRequests: env.MAX_CONCURRENT_REQUESTS,
      maxQueuedRequests: env.MAX_QUEUED_REQUESTS,
      queueTimeoutMs: env.QUERY_QUEUE_TIMEOUT_MS,
    },
    responseCache: { maxBytes: env.RESPONSE_CACHE_BYTES, maxStalenessMs: env.RESPONSE_CACHE_STALENESS_MS },
    seedArticle: path.resolve(PROJECT_ROOT, env.SEED_ARTICLE),
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === 'production',
  };
}
