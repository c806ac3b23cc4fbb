import type { Driver } from 'neo4j-driver';
import { loadExampleOperations } from '../../src/graphql/example-operations';
import type { ApiServer } from '../../src/graphql/http-app';
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';

const { database } = testConnection();
let driver: Driver;
let api: ApiServer;
let testApi: TestApi;

const graphql = (query: string, variables: Record<string, unknown> = {}) => testApi.graphql(query, variables);

beforeAll(async () => {
  driver = await connectToSeededGraph();
  testApi = await startTestApi(driver, database);
  api = testApi.api;
});

afterAll(async () => {
  await testApi?.stop();
  await resetDatabase(driver);
  await driver.close();
});

describe('the GraphQL API over HTTP', () => {
  it('answers who issued the joint statement, with the evidence', async () => {
    const { data, errors } = await graphql(`
      {
        documents(where: { id: { eq: "document:joint-statement" } }) {
          issuedByConnection(sort: [{ node: { name: ASC } }]) {
            edges {
              node {
                __typename
                name
              }
              properties {
                text
                start
                end
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const edges = data.documents[0].issuedByConnection.edges;
    expect(edges.map((edge: any) => edge.node)).toEqual([
      { __typename: 'Person', name: 'Donald Trump' },
      { __typename: 'Person', name: 'Vladimir Putin' },
    ]);
    expect(edges[0].properties.text).toContain('presidents agreed');
  });

  it('gives the roles of Lavrov, Tillerson and Peskov as of the article date', async () => {
    const { data, errors } = await graphql(`
      {
        people(
          where: { id: { in: ["person:sergey-lavrov", "person:rex-tillerson", "person:dmitry-peskov"] } }
          sort: [{ name: ASC }]
        ) {
          name
          rolesInCountriesConnection {
            edges {
              properties {
                title
                asOf
              }
              node {
                name
              }
            }
          }
          rolesInOrganizationsConnection {
            edges {
              properties {
                title
                asOf
              }
              node {
                name
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const roles = data.people.map((person: any) => {
      const [edge] = [...person.rolesInCountriesConnection.edges, ...person.rolesInOrganizationsConnection.edges];
      return `${person.name}: ${edge.properties.title} of ${edge.node.name} (${edge.properties.asOf})`;
    });
    expect(roles).toEqual([
      'Dmitry Peskov: Spokesman of Kremlin (2017-11-11)',
      'Rex Tillerson: Secretary of State of United States (2017-11-11)',
      'Sergey Lavrov: Foreign Minister of Russia (2017-11-11)',
    ]);
  });

  it('tells which document the statement references', async () => {
    const { data, errors } = await graphql(`
      {
        documents(where: { id: { eq: "document:joint-statement" } }) {
          referencesConnection(where: { node: { typename: [Document] } }) {
            edges {
              node {
                id
                name
              }
              properties {
                text
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const edges = data.documents[0].referencesConnection.edges;
    expect(edges.map((edge: any) => edge.node)).toEqual([
      { id: 'document:unsc-resolution-2254', name: 'UN Security Council resolution 2254' },
    ]);
    expect(edges[0].properties.text).toMatch(/resolution 2254/);
  });

  it('lists the entities linked to Syria, each with its evidence sentence', async () => {
    const { data, errors } = await graphql(`
      {
        entityLinks(entityId: "country:syria", limit: 100) {
          relationship
          direction
          otherId
          otherKind
          evidence
          start
          end
          sentence
        }
      }
    `);

    expect(errors).toBeUndefined();
    const links = data.entityLinks as any[];
    expect(links.map((link) => link.otherId)).toEqual(
      expect.arrayContaining([
        'document:joint-statement',
        'place:southwestern-syria',
        'document:trump-tweet-2017-11-12',
      ]),
    );
    for (const link of links) {
      expect(link.sentence).toContain(link.evidence);
    }
    const located = links.find((link) => link.otherId === 'place:southwestern-syria');
    expect(located).toMatchObject({ relationship: 'LOCATED_IN', direction: 'IN', otherKind: 'Place' });
  });

  it('returns a page of entity links of the size asked for', async () => {
    const { data } = await graphql('{ entityLinks(entityId: "country:syria", limit: 2) { otherId } }');
    expect(data.entityLinks).toHaveLength(2);
  });

  it('pages through a timeline: each custom list skips its offset once', async () => {
    const page = async (field: string, args: string) => {
      const { data, errors } = await graphql(`{ ${field}(${args}) { id } }`);
      expect(errors).toBeUndefined();
      return (data[field] as { id: string }[]).map((item) => item.id);
    };
    const whole = await page('timeline', 'entityId: "person:vladimir-putin", limit: 5');
    expect(whole).toHaveLength(5);
    expect(await page('timeline', 'entityId: "person:vladimir-putin", limit: 3, offset: 2')).toEqual(whole.slice(2, 5));
  });

  it('returns what Trump is quoted as saying', async () => {
    const { data, errors } = await graphql(`
      {
        people(where: { id: { eq: "person:donald-trump" } }) {
          quotes(sort: [{ start: ASC }]) {
            text
            evidence {
              text
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const quotes = data.people[0].quotes.map((quote: any) => quote.text);
    expect(quotes).toEqual([
      expect.stringMatching(/^Met with President Putin of Russia/),
      'it’s going to save tremendous numbers of lives',
      'very quickly.',
    ]);
  });

  describe('list sizes', () => {
    const EXTRA = 130;

    beforeAll(async () => {
      // More claims and concepts than any page may hold, so the maximums have something to cut.
      await driver.executeQuery(
        `UNWIND range(1, $count) AS n
         CREATE (:Claim {id: 'claim:test/extra-' + n, text: 'Zyzzyva claim ' + n, articleId: 'test'})
         CREATE (:Entity:Concept {id: 'concept:zyzzyva-' + n, name: 'Zyzzyva ' + n, aliases: []})`,
        { count: EXTRA },
        { database },
      );
    });

    afterAll(async () => {
      await driver.executeQuery(
        "MATCH (n) WHERE n.id STARTS WITH 'claim:test/' OR n.id STARTS WITH 'concept:zyzzyva-' DETACH DELETE n",
        {},
        { database },
      );
    });

    it('gives a generated list its default page size when no limit is asked for', async () => {
      const { data } = await graphql('{ claims { id } concepts { id } }');
      expect(data.claims).toHaveLength(20);
      expect(data.concepts).toHaveLength(20);
    });

    it('caps a generated list at its maximum page size', async () => {
      const { data, errors } = await graphql('{ claims(limit: 1000) { id } concepts(limit: 1000) { id } }');
      expect(errors).toBeUndefined();
      expect(data.claims).toHaveLength(100);
      expect(data.concepts).toHaveLength(100);
    });

    it('caps search at 100 hits, and pages through them without overlap', async () => {
      const all = await graphql('{ search(query: "zyzzyva", limit: 1000) { id } }');
      expect(all.data.search).toHaveLength(100);

      const first = await graphql('{ search(query: "zyzzyva", order: LABEL, limit: 10) { id label } }');
      const second = await graphql('{ search(query: "zyzzyva", order: LABEL, limit: 10, offset: 10) { id label } }');
      const labels = [...first.data.search, ...second.data.search].map((hit: { label: string }) => hit.label);
      expect(new Set(labels).size).toBe(20);
      expect(labels).toEqual([...labels].sort());
    });

    it('treats Lucene syntax in a search query as plain words', async () => {
      const { data, errors } = await graphql('{ search(query: "ISIS/ISIL (formerly) AND -\\"x") { id } }');
      expect(errors).toBeUndefined();
      expect(data.search).toEqual(expect.any(Array));
    });
  });

  it('answers every documented GraphQL example (docs/examples, shown by the README) without errors and with data', async () => {
    const examples = loadExampleOperations().map(({ operation }) => operation);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const { status, data, errors } = await graphql(example);
      expect({ example, status, errors }).toEqual({ example, status: 200, errors: undefined });
      // The audit trail is empty until someone writes (tests/integration/api-security.int.test.ts).
      const mayBeEmpty = new Set(['edits']);
      for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
        if (mayBeEmpty.has(field)) continue;
        expect({ field, empty: value === null || (Array.isArray(value) && value.length === 0) }).toEqual({
          field,
          empty: false,
        });
      }
    }
  });

  it('generates no create, update or delete mutation', async () => {
    const response = await graphql(
      'mutation { createPeople(input: [{ id: "person:intruder", name: "Intruder", aliases: [] }]) { people { id } } }',
    );

    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "createPeople" on type "Mutation"/);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { records } = await driver.executeQuery(
      'MATCH (p:Person {id: "person:intruder"}) RETURN count(p) AS count',
      {},
      { database },
    );
    expect(records[0]?.get('count')).toBe(0);
  });

  it('reports itself live on /health and ready on /ready', async () => {
    const health = await fetch(api.healthUrl);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(api.readyUrl);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });

  it('counts requests by operation and outcome at /metrics, in Prometheus format', async () => {
    await graphql('query PeopleNames { people { name } }');
    const response = await fetch(api.metricsUrl);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_requests_total\{operation="PeopleNames",outcome="success"\} [1-9]/);
    expect(text).toMatch(
      /graphql_request_duration_seconds_bucket\{le="0.25",operation="PeopleNames",outcome="success"\}/,
    );
    expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
  });

  it("keeps a caller's request id and answers with it", async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-1234' },
      body: JSON.stringify({ query: '{ people { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-1234');
  });

  it('tells HTTP caches not to store GraphQL answers (Cache-Control: no-store), with or without errors', async () => {
    for (const query of ['{ people { id } }', '{ people { noSuchField } }']) {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
