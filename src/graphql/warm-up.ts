import {
  getNamedType,
  getNullableType,
  graphql,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { loadExampleOperations } from './example-operations';
import { isUnavailableError } from '../neo4j/map-neo4j-error';

export interface WarmUpOptions {
  schema: GraphQLSchema;
  database: string;
  /** The operations to run, in order (warmUpOperations). */
  operations: readonly string[];
  transactionTimeoutMs: number;
  logger: Logger;
}

/**
 * The operations that plan the API's statements on a Neo4j that has just (re)started: the
 * documented examples (docs/examples: the IDE's tabs and the README's, the common operations), then one read of
 * every root query field schema.graphql defines itself (its @cypher statements), which the
 * examples may not reach. @neo4j/graphql's Cypher depends on the selection, so the examples are the
 * ones whose plans are reused as is; the others warm the planner's code and the custom statements.
 */
export function warmUpOperations(schema: GraphQLSchema, typeDefs: string): string[] {
  const queryType = schema.getQueryType();
  const custom = parse(typeDefs).definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query'
      ? (definition.fields ?? []).map((field) => field.name.value)
      : [],
  );
  const generated = custom.flatMap((name) => {
    const field = queryType?.getFields()[name];
    const operation = field ? readOf(field) : undefined;
    return operation ? [operation] : [];
  });
  return [...loadExampleOperations().map((example) => example.operation), ...generated];
}

/**
 * Runs the warm-up operations one after the other, through the schema as a request would. Neo4j
 * caches a statement's plan; planning it cold in a fresh JVM takes seconds, and many requests
 * planning at once after a restart each took longer than the transaction timeout. A failure other
 * than an unavailable database is logged and skipped: warming up is worth a try, not an outage.
 */
export function createWarmUp(options: WarmUpOptions): () => Promise<void> {
  return async () => {
    const started = Date.now();
    for (const source of options.operations) {
      const operationStarted = Date.now();
      const result = await graphql({
        schema: options.schema,
        source,
        contextValue: {
          sessionConfig: { database: options.database },
          transaction: { timeout: options.transactionTimeoutMs },
        },
      });
      options.logger.debug({ ms: Date.now() - operationStarted, operation: source.slice(0, 60) }, 'warm-up operation');
      const unavailable = result.errors?.find((error) => isUnavailableError(error.originalError));
      if (unavailable) throw unavailable.originalError ?? unavailable;
      if (result.errors?.length) {
        options.logger.warn({ errors: result.errors.map((error) => error.message) }, 'a warm-up operation failed');
      }
    }
    options.logger.info(`Warmed up ${options.operations.length} GraphQL operations in ${Date.now() - started} ms`);
  };
}

/** `{ field(required: placeholder) { leaf fields } }`, or undefined when a placeholder cannot be made. */
function readOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const args: string[] = [];
  for (const argument of field.args) {
    if (!isNonNullType(argument.type) || argument.defaultValue !== undefined) continue;
    const value = placeholderFor(argument);
    if (value === undefined) return undefined;
    args.push(`${argument.name}: ${value}`);
  }
  const type = getNamedType(field.type);
  const selection = isObjectType(type)
    ? Object.values(type.getFields())
        .filter((child) => isLeafType(getNamedType(child.type)) && child.args.every((arg) => !isNonNullType(arg.type)))
        .map((child) => child.name)
    : [];
  if (isObjectType(type) && selection.length === 0) return undefined;
  const argumentList = args.length > 0 ? `(${args.join(', ')})` : '';
  const selectionSet = selection.length > 0 ? ` { ${selection.join(' ')} }` : '';
  return `{ ${field.name}${argumentList}${selectionSet} }`;
}

function placeholderFor(argument: GraphQLArgument): string | undefined {
  const type = getNullableType(argument.type);
  if (isEnumType(type)) return type.getValues()[0]?.name;
  switch (getNamedType(type).name) {
    case 'ID':
    case 'String':
      return type === getNamedType(type) ? '"warm-up"' : undefined;
    case 'Int':
    case 'Float':
      return type === getNamedType(type) ? '1' : undefined;
    case 'Boolean':
      return type === getNamedType(type) ? 'false' : undefined;
    default:
      return undefined;
  }
}
