import type { Driver } from 'neo4j-driver';
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { bearer, signToken } from '../support/tokens';

const { database } = testConnection();
let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = await connectToSeededGraph();
  api = await startTestApi(driver, database);
});

afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

describe("@neo4j/graphql's transactions (run as driver.executeQuery runs them)", () => {
  it('lets the read that follows a mutation through the API see it, every time', async () => {
    const editor = bearer(signToken({ sub: 'editor-ada', roles: ['editor'] }));
    for (let round = 1; round <= 10; round += 1) {
      const name = `Dmitry Peskov ${round}`;
      const mutation = await api.graphql(
        `mutation ($name: String) { correctEntity(id: "person:dmitry-peskov", name: $name, reason: "test") { id } }`,
        { name },
        editor,
      );
      expect(mutation.errors).toBeUndefined();
      const read = await api.graphql(`{ people(where: { id: { eq: "person:dmitry-peskov" } }) { name } }`);
      expect(read.data.people[0].name).toBe(name);
    }
  });

  it('answers one document asked again with other variables from its own data, anonymous or with a token (translations reused)', async () => {
    const nameOf = `query NameOf($id: ID!) { people(where: { id: { eq: $id } }) { name } }`;
    const linksOf = `query LinksOf($id: ID!) { entityLinks(entityId: $id, limit: 50) { otherId } }`;
    const editor = bearer(signToken({ sub: 'editor-ada', roles: ['editor'] }));
    const ids = ['person:dmitry-peskov', 'person:sergey-lavrov', 'person:dmitry-peskov', 'person:vladimir-putin'];
    for (const [round, id] of ids.entries()) {
      const { records } = await driver.executeQuery(
        'MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)--(other) RETURN p.name AS name, collect(DISTINCT other.id) AS others',
        { id },
        { database },
      );
      const headers = round % 2 === 0 ? {} : editor;
      const read = await api.graphql(nameOf, { id }, headers);
      expect(read.data.people).toEqual([{ name: records[0]?.get('name') }]);
      const links = await api.graphql(linksOf, { id }, headers);
      expect(links.errors).toBeUndefined();
      const linked = (links.data.entityLinks as { otherId: string }[]).map(({ otherId }) => otherId);
      expect(linked.length).toBeGreaterThan(0);
      expect(records[0]?.get('others')).toEqual(expect.arrayContaining(linked));
    }
  });
});
