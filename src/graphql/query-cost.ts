import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { CostModel, PageBounds } from './cost-model';
import { DocumentMemo } from './document-memo';
import { coercedVariables } from './operation-variables';
import { limitExtensions } from './query-limits';

/** What a list the schema does not bound (the spans of `evidence`, a path's steps) is taken to hold. */
export const UNBOUNDED_LIST_ESTIMATE: PageBounds = { default: 20, max: 20 };

/** Past this many fields visited (fragments spread into each other), the estimate stops. */
const MAX_FIELDS_VISITED = 10_000;

/**
 * The estimated cost of a query: each field costs its weight (1, or its `@cost(weight:)`), and a
 * list multiplies what it selects by the items it can answer with: the `limit` (or connection
 * `first`) asked for, clamped to the maximum, or the default page size when none is asked for.
 * So nested lists multiply down the nesting, as the result they would return does. For a field of
 * an interface, the costliest of the fragments on its implementations counts.
 */
export function estimateQueryCost(
  schema: GraphQLSchema,
  model: CostModel,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [costEstimator(model)],
    maxQueryNodes: MAX_FIELDS_VISITED,
  });
}

function costEstimator(model: CostModel): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection is answered from the schema in memory, never from Neo4j: its lists (the
    // schema's types and fields) do not multiply; the depth limit and the response ceiling bound it.
    if (isIntrospection(type.name, field.name)) return 1 + childComplexity;
    const key = `${type.name}.${field.name}`;
    const weight = model.fieldWeights.get(key) ?? 1;
    return weight + itemsOf(model, type, field, args) * childComplexity;
  };
}

function isIntrospection(parentName: string, fieldName: string): boolean {
  return parentName.startsWith('__') || fieldName.startsWith('__');
}

/** How many items a field's selection is repeated for. */
function itemsOf(
  model: CostModel,
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  const key = `${parent.name}.${field.name}`;
  const element = getNamedType(field.type);
  // A connection's edges: its field has already multiplied by `first`.
  if (field.name === 'edges' && isConnection(parent)) return 1;
  if (isConnection(element)) return pageSize(args.first, boundsOf(model, key, connectionNodeType(element)));
  if (isListType(getNullableType(field.type)) && isCompositeType(element)) {
    return Math.min(pageSize(args.limit, boundsOf(model, key, element)), idsFilteredOn(args.where));
  }
  return 1;
}

/**
 * A filter on `id` (unique for every node type: cypher/schema.cypher) lets through at most as many
 * items as the ids it names.
 */
function idsFilteredOn(where: unknown): number {
  const id = (where as { id?: { eq?: unknown; in?: unknown } } | undefined)?.id;
  if (typeof id?.eq === 'string') return 1;
  if (Array.isArray(id?.in)) return id.in.length;
  return Infinity;
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

function connectionNodeType(connection: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isObjectType(connection)) return undefined;
  const edge = getNamedType(connection.getFields().edges!.type);
  return isObjectType(edge) ? getNamedType(edge.getFields().node?.type ?? edge) : undefined;
}

function boundsOf(model: CostModel, key: string, element: GraphQLNamedType | undefined): PageBounds {
  return model.fieldBounds.get(key) ?? (element && model.typeBounds.get(element.name)) ?? UNBOUNDED_LIST_ESTIMATE;
}

// @neo4j/graphql answers a page of the default size to a limit of 0 (or none).
function pageSize(requested: unknown, bounds: PageBounds): number {
  if (typeof requested !== 'number' || requested <= 0) return bounds.default;
  return Math.min(requested, bounds.max);
}

/**
 * Refuses, before any Cypher runs, a query whose estimated cost is over `maxCost`, with
 * QUERY_TOO_COSTLY, the estimate, the ceiling and what to do. Runs once the operation is known,
 * because limits given as variables count too (validation rules never see variables).
 */
export function queryCostPlugin(maxCost: number, loadModel: () => Promise<CostModel>): ApolloServerPlugin {
  let model: CostModel | undefined;
  // An estimate depends only on the document, the operation and the variables: walked once each.
  const estimates = new DocumentMemo<number>();
  return {
    async serverWillStart() {
      model = await loadModel();
    },
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!model) throw new Error('The query cost model was not loaded before the first request.');
          let cost = estimates.get(document, request);
          if (cost === undefined) {
            const variables = coercedVariables(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
            if (!variables) return Promise.resolve();
            try {
              cost = estimateQueryCost(schema, model, document, variables, request.operationName ?? undefined);
            } catch {
              // getComplexity stops past MAX_FIELDS_VISITED (variables were checked above).
              throw tooCostly(
                `The query selects more than ${MAX_FIELDS_VISITED} fields once its fragments are spread`,
                maxCost,
              );
            }
            estimates.set(document, request, cost);
          }
          if (cost > maxCost) {
            throw tooCostly(`The query's estimated cost is ${cost}, over the ceiling of ${maxCost}`, maxCost, { cost });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function tooCostly(what: string, maxCost: number, estimate: { cost?: number } = {}): GraphQLError {
  return new GraphQLError(
    `${what} (MAX_QUERY_COST). A list multiplies the cost of what it selects by its page size ` +
      '(its `limit` or `first`, or the default page size when none is given), and large fields such as an ' +
      "article's `text` weigh more. Ask for smaller limits, fewer nested lists or fewer large fields, or split " +
      'the request.',
    { extensions: { ...limitExtensions('cost', maxCost), ...estimate, http: { status: 400 } } },
  );
}
