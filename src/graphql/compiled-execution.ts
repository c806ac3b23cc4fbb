import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  GraphQLError,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { DocumentMemo } from './document-memo';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Variables = Record<string, unknown>;

/** An operation compiled, with what its requests need to be run by it exactly as graphql-js would. */
interface Compiled {
  query: CompiledQuery;
  /** Variables declared without a default value: a request must give each of them. */
  required: readonly string[];
  /** Variables declared with a default value, and that value as a client would send it. */
  defaults: readonly (readonly [string, unknown])[];
}

/** Requests of a document so far, then its compilation; `null` when graphql-jit could not compile it. */
type Entry = { seen: number } | { compiled: Compiled | null };

export interface CompiledExecutionOptions {
  /** The request of a document that compiles it: the ones before run on graphql-js (default 2). */
  compileAt?: number;
}

/**
 * Runs operations with graphql-jit: each document's operation is compiled once into a function
 * that calls the resolvers and completes the result without graphql-js's field-by-field
 * interpretation. Apollo still parses, validates and runs every plugin hook; only execution
 * changes. A document is compiled the second time it is asked (the first runs on graphql-js), so
 * that one-off documents do not pay for a compilation they never reuse (`compileAt`). Compilations are kept
 * per parsed document like the checks' memo (document-memo.ts): they go with the document.
 *
 * graphql-jit 0.8 differs from graphql-js on variables a request leaves out (an omitted variable
 * inside an input object becomes `null` instead of absent, and an omitted non-null variable with
 * a default value is refused) and in its coercion errors. So a request that leaves out a variable
 * without a default, or whose variables graphql-jit refuses, runs on graphql-js; defaults are
 * written out before graphql-jit sees the variables.
 *
 * Apollo hosts a custom executor only through its gateway interface: this one serves a fixed
 * schema and never updates it.
 */
export function compiledExecutionGateway(schema: GraphQLSchema, options: CompiledExecutionOptions = {}): Gateway {
  const compileAt = options.compileAt ?? 2;
  const entries = new DocumentMemo<Entry>();
  const interpret = (document: DocumentNode, operationName: string | null, context: unknown, variables: Variables) =>
    execute({ schema, document, operationName, contextValue: context, variableValues: variables });

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const variables: Variables = request.variables ?? {};
    const key = { operationName };
    const entry = entries.get(document, key) ?? { seen: 0 };
    let compiled: Compiled | null;
    if ('compiled' in entry) {
      compiled = entry.compiled;
    } else if (entry.seen + 1 < compileAt) {
      entries.set(document, key, { seen: entry.seen + 1 });
      return interpret(document, operationName, context, variables);
    } else {
      compiled = compile(schema, document, operation, operationName);
      entries.set(document, key, { compiled });
    }
    if (!compiled || compiled.required.some((name) => !(name in variables))) {
      return interpret(document, operationName, context, variables);
    }
    const result = await compiled.query.query(undefined, context, withDefaults(variables, compiled.defaults));
    // No data at all: graphql-jit refused the variables before running any resolver.
    if (result.data === undefined) return interpret(document, operationName, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | null,
): Compiled | null {
  const query = compileQuery(schema, document, operationName ?? undefined, {
    // Apollo drops stack traces in production; capturing one for every resolver error costs.
    disablingCapturingStackErrors: true,
  });
  if (!isCompiledQuery(query)) return null;
  const definitions = operation.variableDefinitions ?? [];
  return {
    query,
    required: definitions.filter((definition) => !definition.defaultValue).map(nameOf),
    defaults: definitions.flatMap((definition) =>
      definition.defaultValue ? [[nameOf(definition), valueFromASTUntyped(definition.defaultValue)] as const] : [],
    ),
  };
}

function nameOf(definition: { variable: { name: { value: string } } }): string {
  return definition.variable.name.value;
}

function withDefaults(variables: Variables, defaults: Compiled['defaults']): Variables {
  const missing = defaults.filter(([name]) => !(name in variables));
  return missing.length === 0 ? variables : { ...Object.fromEntries(missing), ...variables };
}

/**
 * graphql-jit's errors have no `extensions` unless their cause had some; Apollo, the error
 * formatter and the plugins expect graphql-js's errors, which always have them.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, {
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
  });
  // The errors of graphql-jit carry locations without the nodes graphql-js would derive them from.
  (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
