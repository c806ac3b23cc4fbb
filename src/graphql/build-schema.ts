import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Neo4jGraphQL, type Neo4jGraphQLConstructor } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, type JwtSettings } from '../config';
import type { Metrics } from '../metrics';
import { readCostModel, type CostModel } from './cost-model';
import { ingestArticleResolver } from './ingest-resolver';

export const TYPE_DEFINITIONS_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

export interface SchemaOptions {
  database: string;
  /** How tokens are verified; without it no token is accepted and the API is read-only. */
  jwt?: JwtSettings;
  metrics?: Metrics;
}

/** Builds the executable schema from schema.graphql; the driver is used for every request. */
export async function buildSchema(driver: Driver, options: SchemaOptions): Promise<GraphQLSchema> {
  const typeDefs = await readFile(TYPE_DEFINITIONS_FILE, 'utf8');
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: { Mutation: { ingestArticle: ingestArticleResolver(driver, options.database, options.metrics) } },
    features: authorizationFeature(options.jwt),
  });
  return neo4jGraphQL.getSchema();
}

/** The query cost model of the same type definitions the schema is built from. */
export async function loadCostModel(): Promise<CostModel> {
  return readCostModel(await readFile(TYPE_DEFINITIONS_FILE, 'utf8'));
}

function authorizationFeature(jwt: JwtSettings | undefined): Neo4jGraphQLConstructor['features'] {
  // Without a key nothing can be verified: an unverifiable placeholder keeps every write refused.
  const key = !jwt ? randomKey() : jwt.kind === 'secret' ? jwt.secret : { url: jwt.url };
  const verifyOptions = {
    algorithms: jwt?.kind === 'jwks' ? ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'] : ['HS256'],
    ...(jwt?.issuer ? { issuer: jwt.issuer } : {}),
    ...(jwt?.audience ? { audience: jwt.audience } : {}),
  };
  return { authorization: { key, verify: true, verifyOptions } };
}

function randomKey(): string {
  return crypto.randomUUID() + crypto.randomUUID();
}
