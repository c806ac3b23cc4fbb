import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * The API is read-only: a mutation or subscription is refused at validation, with a clear
 * message and before any Cypher runs, instead of failing inside execution.
 */
export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== OperationTypeNode.QUERY) {
      context.reportError(
        new GraphQLError(
          `This API is read-only: ${node.operation} operations are not available. ` +
            'Change the graph by ingesting articles (npm run ingest).',
          { nodes: node },
        ),
      );
    }
  },
});
