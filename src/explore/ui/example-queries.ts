/**
 * The GraphQL IDE's preloaded tabs: the documented examples (docs/examples/*.graphql), put into
 * the bundle by bundle-ui.ts from src/graphql/example-operations.ts, so the IDE shows the same
 * operations as the README. tests/browser/graphql-ide.browser.test.ts runs every one.
 */
export interface ExampleQuery {
  title: string;
  query: string;
}

declare const EXAMPLE_OPERATIONS: readonly ExampleQuery[];

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = EXAMPLE_OPERATIONS;
