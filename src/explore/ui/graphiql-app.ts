import './monaco-environment';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_QUERIES } from './example-queries';

// The IDE is served at the API's own address (GET /graphql), so it posts to where it came from.
const endpoint = window.location.pathname;

const fetcher: GraphiQLProps['fetcher'] = async (params, options): Promise<ExecutionResult> => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

// Said once, on the tab a newcomer sees first.
const FIRST_TAB_HINT = '# Press the run button (or Ctrl-Enter); the Docs button on the left shows the schema.\n';

const root = document.getElementById('graphiql');
if (!root) throw new Error('The page has no #graphiql element');

createRoot(root).render(
  h(
    GraphiQL,
    {
      fetcher,
      // Used when the browser has no saved tabs (a first visit; "Reset" in settings clears them).
      defaultTabs: EXAMPLE_QUERIES.map(({ query }, index) => ({
        query: index === 0 ? `${FIRST_TAB_HINT}${query}` : query,
      })),
      // A newcomer sees the schema's documentation beside the first example.
      visiblePlugin: 'Documentation Explorer',
      defaultEditorToolsVisibility: true,
    },
    h(
      GraphiQL.Logo,
      null,
      h(
        'span',
        { className: 'news-graph-logo' },
        'News knowledge graph · ',
        h('a', { href: '/explore' }, 'graph view'),
      ),
    ),
  ),
);
