import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DocumentMemo } from './document-memo';
import { coercedVariables } from './operation-variables';
import { ApiErrorCode } from './api-error-code';

/** Lucene refuses a query of more than 1024 terms; this many characters stay well under it. */
export const MAX_SEARCH_QUERY_LENGTH = 500;

// Page sizes and offsets of every list: generated, nested, connection and custom.
const PAGING_ARGUMENTS = new Set(['limit', 'offset', 'first']);

/** One argument's value, where it is, and the field it belongs to (`Query.search`). */
interface ArgumentUse {
  field: string;
  name: string;
  value: unknown;
}

/** A rule returns what is wrong with an argument, in words for the client, or nothing. */
type ArgumentRule = (use: ArgumentUse) => string | undefined;

const nonNegativePaging: ArgumentRule = ({ field, name, value }) =>
  PAGING_ARGUMENTS.has(name) && typeof value === 'number' && value < 0
    ? `\`${name}\` of ${field} is ${value}; it must be 0 or more.`
    : undefined;

const searchQueryLength: ArgumentRule = ({ field, name, value }) =>
  field === 'Query.search' && name === 'query' && typeof value === 'string' && value.length > MAX_SEARCH_QUERY_LENGTH
    ? `\`query\` of ${field} is ${value.length} characters long; at most ${MAX_SEARCH_QUERY_LENGTH} are searched. Search for fewer words.`
    : undefined;

// A connection cursor as @neo4j/graphql issues it (graphql-relay's): base64 of `arrayconnection:<offset>`.
const ISSUED_CURSOR = /^arrayconnection:\d+$/;

const issuedCursor: ArgumentRule = ({ field, name, value }) =>
  (name === 'after' || name === 'before') &&
  typeof value === 'string' &&
  !ISSUED_CURSOR.test(Buffer.from(value, 'base64').toString('utf8'))
    ? `\`${name}\` of ${field} is not a cursor this API issued; pass the \`endCursor\` (or \`startCursor\`) of a page it returned.`
    : undefined;

export const ARGUMENT_RULES: readonly ArgumentRule[] = [nonNegativePaging, searchQueryLength, issuedCursor];

/**
 * The first argument of the operation that breaks a rule, as a BAD_USER_INPUT error, with
 * variables' values counted; undefined when every argument is fine.
 */
export function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  const typeInfo = new TypeInfo(schema);
  let problem: GraphQLError | undefined;
  // The operation and every fragment (fragments are where a query's fields often are).
  const definitions = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  for (const definition of definitions) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const fieldDef = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (problem || !fieldDef || !parent || !node.arguments?.length) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(fieldDef, node, variables);
          } catch {
            return; // A variable of another operation: execution checks this one's own.
          }
          for (const [name, value] of Object.entries(values)) {
            const use = { field: `${parent.name}.${fieldDef.name}`, name, value };
            const message = ARGUMENT_RULES.map((rule) => rule(use)).find((found) => found !== undefined);
            if (message) {
              const argument: ArgumentNode | undefined = node.arguments.find(
                (candidate) => candidate.name.value === name,
              );
              problem = new GraphQLError(message, {
                nodes: argument ?? node,
                extensions: { code: ApiErrorCode.BAD_USER_INPUT, http: { status: 400 } },
              });
              return;
            }
          }
        },
      }),
    );
  }
  return problem;
}

/** Refuses a request with a bad argument (a negative page size, an overlong search) before any Cypher runs. */
export function argumentChecksPlugin(): ApolloServerPlugin {
  // The requests whose arguments passed: the same document, operation and variables pass again.
  const passed = new DocumentMemo<true>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (passed.get(document, request)) return Promise.resolve();
          const variables =
            operation && coercedVariables(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (!operation || !variables) return Promise.resolve();
          const problem = checkArguments(schema, document, operation, variables);
          if (problem) throw problem;
          passed.set(document, request, true);
          return Promise.resolve();
        },
      });
    },
  };
}
