import neo4j, { type Driver } from 'neo4j-driver';
import type { ApiServer } from '../../src/graphql/http-app';
import { startTestApi, type TestApi } from '../support/api';
import { connectForTests, testConnection } from '../support/database';

const { database } = testConnection();
const BROWSER_ORIGIN = 'http://127.0.0.1:7474';
let driver: Driver;
let api: ApiServer;
let testApi: TestApi;

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text a web browser shows for an HTML text run, for text that holds no markup. */
function decodeHtmlText(text: string): string {
  if (text.includes('<')) throw new Error(`Markup or an unescaped "<" in a runnable block:\n${text}`);
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const character = NAMED_ENTITIES[name];
    if (character === undefined) throw new Error(`Unexpected character reference ${entity} in a runnable block`);
    return character;
  });
}

/** The queries a click on a runnable block puts in Neo4j Browser's editor (its trimmed textContent). */
function runnableQueries(html: string): string[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...withoutComments.matchAll(/<pre\b[^>]*\bclass="[^"]*\brunnable\b[^"]*"[^>]*>([\s\S]*?)<\/pre>/g)].map(
    (match) => decodeHtmlText(match[1] ?? '').trim(),
  );
}

async function fetchGuide(): Promise<string> {
  const response = await fetch(api.guideUrl, { headers: { origin: BROWSER_ORIGIN } });
  expect(response.status).toBe(200);
  return response.text();
}

beforeAll(async () => {
  driver = await connectForTests();
  testApi = await startTestApi(driver, database);
  api = testApi.api;
});

afterAll(async () => {
  await testApi?.stop();
  await driver?.close();
});

describe('the Neo4j Browser guide', () => {
  it('is served at GET /guide as HTML that Neo4j Browser, from another origin, may read', async () => {
    expect(api.guideUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/guide$/);
    const response = await fetch(api.guideUrl, { headers: { origin: BROWSER_ORIGIN } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html\b/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers the CORS preflight that Browser’s Cache-Control and Pragma request headers cause', async () => {
    const response = await fetch(api.guideUrl, {
      method: 'OPTIONS',
      headers: {
        origin: BROWSER_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'cache-control,pragma',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/\bGET\b/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['cache-control', 'pragma']));
  });

  it('is a guide in the Browser format: a carousel of at least 6 slides, each with a title and no scripts', async () => {
    const html = (await fetchGuide()).replace(/<!--[\s\S]*?-->/g, '');

    expect(html).toMatch(/<article class="guide">\s*<carousel class="deck container-fluid">/);
    const slides = [...html.matchAll(/<slide\b[^>]*>([\s\S]*?)<\/slide>/g)].map((match) => match[1] ?? '');
    expect(slides.length).toBeGreaterThanOrEqual(6);
    expect(html.match(/<slide\b/g)).toHaveLength(slides.length);
    for (const slide of slides) expect(slide).toMatch(/<h3>[^<]+<\/h3>/);
    // Browser strips <script> elements and on* attributes from guides.
    expect(html).not.toMatch(/<script\b|\son[a-z]+\s*=/i);
    expect(html).toMatch(/<title>[^<\n]+<\/title>/);
  });

  it('runs every runnable query as read-only Cypher that Neo4j accepts (EXPLAIN)', async () => {
    const queries = runnableQueries(await fetchGuide());
    expect(queries.length).toBeGreaterThanOrEqual(6);

    const problems: string[] = [];
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const query of queries) {
        expect(query).not.toMatch(/\$[A-Za-z_]/); // literal: nothing to set with :param first
        try {
          const { summary } = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`));
          if (summary.queryType !== 'r') problems.push(`query type ${summary.queryType}, not read-only:\n${query}`);
          const deprecations = summary.notifications.filter((notification) => /deprecat/i.test(notification.code));
          for (const notification of deprecations) problems.push(`${notification.title}:\n${query}`);
        } catch (error) {
          problems.push(`${(error as Error).message}\n${query}`);
        }
      }
    } finally {
      await session.close();
    }
    expect(problems).toEqual([]);
  });

  // Only a server that global-setup started from renderNeo4jConf has this project's setting.
  const itWithLocalServer = process.env.TEST_NEO4J_HTTP_PORT ? it : it.skip;
  itWithLocalServer('is allowed by the local server, which tells Neo4j Browser its guide hosts', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.clientConfig() YIELD name, value WHERE name = $name RETURN value',
      { name: 'browser.remote_content_hostname_whitelist' },
      { database },
    );
    const hosts = String(records[0]?.get('value')).split(',');
    expect(hosts).toContain(new URL(api.guideUrl).hostname);
  });
});
