import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { describeInChromium, launchChromium, saveScreenshot } from './support/chromium';

const connection = testConnection();
// Set by global-setup.ts when the tests run their own local server; Testcontainers and NEO4J_URI
// servers give no HTTP address to open Neo4j Browser at.
const httpPort = process.env.TEST_NEO4J_HTTP_PORT;
const OVERVIEW = path.join(PROJECT_ROOT, 'cypher/explore/01-overview.cypher');

const describeWithBrowser = httpPort
  ? describeInChromium
  : (name: string, _body: () => void) =>
      describe(name, () => {
        it.skip(
          'skipped: the tests use a Neo4j without a known HTTP port (TEST_NEO4J_HTTP_PORT is set only for the ' +
            'local server the tests start when neither NEO4J_URI nor a Docker engine is there)',
          () => undefined,
        );
      });

describeWithBrowser('Neo4j Browser on the local server', () => {
  let driver: Driver;
  let browser: Browser;

  beforeAll(async () => {
    driver = await connectToSeededGraph();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await resetDatabase(driver);
    await driver?.close();
  });

  it('loads from the server, connects and runs a query from cypher/explore/', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const origin = `http://127.0.0.1:${httpPort}`;
    await page.goto(`${origin}/browser/`);

    // The connect form, as a newcomer fills it in.
    await page.getByTestId('boltaddress').waitFor();
    await page.getByTestId('bolt-scheme-select').selectOption('bolt://');
    await page.getByTestId('boltaddress').fill(new URL(connection.uri).host);
    await page.getByTestId('username').fill(connection.username);
    await page.getByTestId('password').fill(connection.password);
    await page.getByTestId('connect').click();
    await page.getByText('You are connected as user').waitFor();

    // The whole file, pasted into the editor and run, as cypher/explore/README.md says.
    await page.getByTestId('activeEditor').click();
    await page.keyboard.insertText(await readFile(OVERVIEW, 'utf8'));
    await page.getByTestId('editor-Run').click();

    // The result (not the query, which holds the same words): a table of counts.
    const result = page.getByTestId('frameContents').filter({ hasText: 'HAS_SENTENCE' }).first();
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('nodes by label');
    expect(text).toContain('HAS_SENTENCE');
    expect(text).toContain('stated by the article');

    await saveScreenshot(page, 'neo4j-browser');
  });
});
