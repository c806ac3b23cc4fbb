import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { loadExampleOperations } from '../../src/graphql/example-operations';

const EXAMPLE_QUERIES = loadExampleOperations().map(({ title, source }) => ({ title, query: source }));
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { allowOnly, describeInChromium, launchChromium, saveScreenshot } from './support/chromium';

const { database } = testConnection();

describeInChromium('the GraphQL IDE at /graphql', () => {
  let driver: Driver;
  let testApi: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    driver = await connectToSeededGraph();
    testApi = await startTestApi(driver, database);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApi?.stop();
    await resetDatabase(driver);
    await driver?.close();
  });

  it('loads without internet access, shows the schema docs and the examples, and runs one', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(testApi.api.url).origin;
    const refused = await allowOnly(context, [origin]);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(testApi.api.url);

    // One tab per example, named after its operation.
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor();
    await expect(tabs.allInnerTexts()).resolves.toEqual(
      EXAMPLE_QUERIES.map(({ query }) => expect.stringContaining(/query (\w+)/.exec(query)![1]!)),
    );
    // The docs come from introspection: the root types are listed.
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    await expect(docs.innerText()).resolves.toContain('Query');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('Putin–Trump joint statement on Syria').waitFor();
    await expect(response.innerText()).resolves.toContain('"agreedBy"');

    await saveScreenshot(page, 'graphql-ide');
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('preloads only examples that answer with data and no errors', async () => {
    for (const { title, query } of EXAMPLE_QUERIES) {
      const { status, data, errors } = await testApi.graphql(query);
      expect({ title, status, errors }).toEqual({ title, status: 200, errors: undefined });
      const [field, value] = Object.entries(data as object)[0] as [string, unknown];
      // The audit trail is empty until someone writes (tests/integration/api-security.int.test.ts).
      if (field === 'edits') continue;
      expect({ title, empty: Array.isArray(value) && value.length === 0 }).toEqual({ title, empty: false });
    }
  });

  it('leaves GraphQL requests to the API: a GET with a query, or one that does not ask for HTML', async () => {
    const query = await fetch(`${testApi.api.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html,application/json', 'apollo-require-preflight': 'true' },
    });
    await expect(query.json()).resolves.toEqual({ data: { __typename: 'Query' } });

    const json = await fetch(testApi.api.url, { headers: { accept: 'application/json' } });
    expect(json.headers.get('content-type')).not.toContain('text/html');
  });

  it('is not served in production, where introspection is off', async () => {
    const production = await startTestApi(driver, database, { production: true });
    try {
      const page = await fetch(production.api.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toContain('text/html');
      const explore = await fetch(production.api.exploreUrl, { headers: { accept: 'text/html' } });
      expect(explore.status).toBe(200);
    } finally {
      await production.stop();
    }
  });
});
