import { valueFromASTUntyped, type FieldDefinitionNode } from 'graphql';
import { directiveArguments, objectTypeDefinitions } from './type-definitions';

/** How many items a list field answers with when no `limit` is asked for, and at most. */
export interface PageBounds {
  default: number;
  max: number;
}

/**
 * What the cost of a query is estimated from, read from the type definitions so that the schema
 * stays the one source: the page bounds of each node type (`@limit`), of each custom list field
 * (its `limit` argument's default and the clamp in its Cypher), and the weight of large fields
 * (`@cost(weight:)`).
 */
export interface CostModel {
  /** By type or interface name. */
  typeBounds: ReadonlyMap<string, PageBounds>;
  /** By `Type.field`, for @cypher lists with a `limit` argument. */
  fieldBounds: ReadonlyMap<string, PageBounds>;
  /** By `Type.field`; fields not listed weigh 1. */
  fieldWeights: ReadonlyMap<string, number>;
}

// The clamp every custom list applies to its `limit`: `LIMIT CASE WHEN $limit > 100 THEN 100 ...`.
const CYPHER_LIMIT_CLAMP = /LIMIT\s+CASE\s+WHEN\s+\$limit\s*>\s*(\d+)\s+THEN\s+(\d+)/i;

/** Reads the cost model from @neo4j/graphql type definitions (schema.graphql). */
export function readCostModel(typeDefs: string): CostModel {
  const typeBounds = new Map<string, PageBounds>();
  const fieldBounds = new Map<string, PageBounds>();
  const fieldWeights = new Map<string, number>();
  for (const definition of objectTypeDefinitions(typeDefs)) {
    const typeName = definition.name.value;
    const limit = directiveArguments(definition.directives, 'limit');
    if (limit) typeBounds.set(typeName, { default: Number(limit.default), max: Number(limit.max) });
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      const cost = directiveArguments(field.directives, 'cost');
      if (cost) fieldWeights.set(key, Number(cost.weight));
      const bounds = cypherListBounds(key, field);
      if (bounds) fieldBounds.set(key, bounds);
    }
  }
  return { typeBounds, fieldBounds, fieldWeights };
}

function cypherListBounds(key: string, field: FieldDefinitionNode): PageBounds | undefined {
  const cypher = directiveArguments(field.directives, 'cypher');
  const limitArgument = field.arguments?.find((argument) => argument.name.value === 'limit');
  if (!cypher || !limitArgument) return undefined;
  const clamp = CYPHER_LIMIT_CLAMP.exec(String(cypher.statement));
  const defaultValue = limitArgument.defaultValue ? Number(valueFromASTUntyped(limitArgument.defaultValue)) : NaN;
  if (!clamp || clamp[1] !== clamp[2] || !Number.isInteger(defaultValue)) {
    // A schema mistake, caught by the unit tests: the cost of such a list could not be bounded.
    throw new Error(
      `${key} takes a limit but its Cypher has no "LIMIT CASE WHEN $limit > N THEN N" clamp, or its limit has no default.`,
    );
  }
  return { default: defaultValue, max: Number(clamp[1]) };
}
