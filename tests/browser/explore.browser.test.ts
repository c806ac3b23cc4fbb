import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { allowOnly, describeInChromium, launchChromium, saveScreenshot } from './support/chromium';

const { database } = testConnection();

interface DrawnNode {
  id: string;
  name: string;
  kind: string;
  color: string;
  expanded: boolean;
}

/** The nodes the page has drawn (it keeps its Cytoscape instance on window.exploreGraph). */
function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() =>
    (globalThis as any).exploreGraph.nodes().map((node: any) => ({
      id: node.id(),
      name: node.data('name'),
      kind: node.data('kind'),
      color: node.style('background-color'),
      expanded: Boolean(node.data('expanded')),
    })),
  );
}

/** Where on the page an element of the graph is drawn: a node's centre, an edge's midpoint. */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const element = (globalThis as any).exploreGraph.getElementById(elementId);
    const at = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = (globalThis as any).document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

async function waitUntilReady(page: Page): Promise<string> {
  await page.locator('#status[data-state="ready"]').waitFor();
  return page.locator('#status').innerText();
}

describeInChromium('the graph view at /explore', () => {
  let driver: Driver;
  let testApi: TestApi;
  let browser: Browser;
  let page: Page;
  let refused: string[];

  beforeAll(async () => {
    driver = await connectToSeededGraph();
    testApi = await startTestApi(driver, database);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    refused = await allowOnly(context, [new URL(testApi.api.url).origin]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await testApi?.stop();
    await resetDatabase(driver);
    await driver?.close();
  });

  it("draws Syria's neighbourhood, coloured by kind, without internet access", async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(testApi.api.exploreUrl);

    await expect(waitUntilReady(page)).resolves.toMatch(/^Syria: \d+ links/);
    const nodes = await drawnNodes(page);
    expect(nodes.find((node) => node.id === 'country:syria')).toMatchObject({ name: 'Syria', expanded: true });
    expect(nodes.length).toBeGreaterThan(5);
    // One colour per kind, and different kinds differ.
    const colourByKind = new Map(nodes.map((node) => [node.kind, node.color]));
    expect(colourByKind.size).toBeGreaterThanOrEqual(3);
    expect(new Set(colourByKind.values()).size).toBe(colourByKind.size);
    await expect(page.locator('#details').innerText()).resolves.toContain('facts link it');

    await saveScreenshot(page, 'explore-syria');
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the evidence sentence of a clicked relationship, highlighted in the article text', async () => {
    // The relationship drawn farthest from any node, so the click lands on it alone.
    const edge = await page.evaluate(() => {
      const cy = (globalThis as any).exploreGraph;
      const nodes = cy.nodes().map((node: any) => node.renderedPosition());
      const scored = cy.edges().map((candidate: any) => {
        const mid = candidate.renderedMidpoint();
        const clearance = Math.min(...nodes.map((at: any) => Math.hypot(at.x - mid.x, at.y - mid.y)));
        return { id: candidate.id(), clearance, link: candidate.data('link') };
      });
      return scored.sort((a: any, b: any) => b.clearance - a.clearance)[0];
    });
    const at = await pointOf(page, edge.id);
    await page.mouse.click(at.x, at.y);

    const evidence = page.locator('#evidence');
    await evidence.locator('.article-text mark').waitFor();
    await expect(page.evaluate(() => (globalThis as any).exploreGraph.$('edge:selected').id())).resolves.toBe(edge.id);
    await expect(evidence.locator('.what').innerText()).resolves.toContain(edge.link.relationship);
    await expect(evidence.locator('.article-text mark').innerText()).resolves.toBe(edge.link.evidence);
    await expect(evidence.locator('blockquote.sentence mark').innerText()).resolves.toBe(edge.link.evidence);
    await expect(evidence.locator('blockquote.sentence').innerText()).resolves.toBe(edge.link.sentence);

    await saveScreenshot(page, 'explore-evidence');
  });

  it("shows a clicked claim's evidence", async () => {
    const claim = (await drawnNodes(page)).find((node) => node.kind === 'Claim');
    expect(claim).toBeDefined();
    const at = await pointOf(page, claim!.id);
    await page.mouse.click(at.x, at.y);

    const evidence = page.locator('#evidence');
    await evidence.locator('.id', { hasText: claim!.id }).waitFor();
    await expect(evidence.locator('.what').innerText()).resolves.toBe(`Claim: ${claim!.name}`);
    await expect(evidence.locator('.article-text mark').count()).resolves.toBeGreaterThan(0);
  });

  it("adds a clicked entity's neighbours", async () => {
    const before = await drawnNodes(page);
    const document = before.find((node) => node.kind === 'Document' && !node.expanded);
    expect(document).toBeDefined();
    const at = await pointOf(page, document!.id);
    await page.mouse.click(at.x, at.y);

    await page.locator('#status', { hasText: `${document!.name}:` }).waitFor();
    await waitUntilReady(page);
    const after = await drawnNodes(page);
    expect(after.find((node) => node.id === document!.id)?.expanded).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    await expect(page.locator('#details h2').innerText()).resolves.toContain(document!.name);

    await saveScreenshot(page, 'explore-expanded');
  });
});
