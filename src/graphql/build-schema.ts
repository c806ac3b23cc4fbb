import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config';

export const TYPE_DEFINITIONS_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

/** Builds the executable schema from schema.graphql; the driver is used for every request. */
export async function buildSchema(driver: Driver): Promise<GraphQLSchema> {
  const typeDefs = await readFile(TYPE_DEFINITIONS_FILE, 'utf8');
  const neo4jGraphQL = new Neo4jGraphQL({ typeDefs, driver });
  return neo4jGraphQL.getSchema();
}
