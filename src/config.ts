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
    LOG_LEVEL: fromEnv(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    NODE_ENV: fromEnv(z.enum(['development', 'production', 'test']).default('development')),
  })
  .superRefine((env, context) => {
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
}

/** Where the application's Neo4j comes from: a server someone runs, or one this project starts. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string }
  | ({ kind: 'local' } & LocalNeo4jSettings);

export interface AppConfig {
  neo4j: Neo4jTarget;
  http: { host: string; port: number };
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
      };
  return {
    neo4j,
    http: { host: env.HOST, port: env.PORT },
    seedArticle: path.resolve(PROJECT_ROOT, env.SEED_ARTICLE),
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === 'production',
  };
}
