import { getVariableValues, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';

/**
 * An operation's variables coerced to their types, for checks made before execution; undefined
 * when they do not fit the types, which execution then refuses with BAD_USER_INPUT.
 */
export function coercedVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  inputs: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const result = getVariableValues(schema, definitions, inputs);
  return result.errors ? undefined : result.coerced;
}
