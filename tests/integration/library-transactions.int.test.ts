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
});
