import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { applySchema } from '../../src/neo4j/apply-schema';
import { withEvaluationNeo4j } from '../../src/eval/measure-clusters-in-graph';
import { testConnection, useEmptyDatabase } from '../support/database';

const connection = testConnection();
const target = { kind: 'external' as const, ...connection };
const logger = pino({ level: 'silent' });
let driver: Driver;

useEmptyDatabase((connected) => {
  driver = connected;
});

describe('the database the cross-article evaluation writes to', () => {
  it('may hold the schema and its change log, set up by `npm run db:schema`', async () => {
    await applySchema(driver, connection.database);
    await expect(withEvaluationNeo4j(target, logger, () => Promise.resolve('ran'))).resolves.toBe('ran');
  });

  it('is refused when it holds anything else, so a user’s graph is never mixed with the evaluation', async () => {
    await driver.executeQuery("CREATE (:Entity {id: 'person:someone'})", {}, { database: connection.database });
    await expect(withEvaluationNeo4j(target, logger, () => Promise.resolve('ran'))).rejects.toMatchObject({
      code: 'EVAL_DATABASE_NOT_EMPTY',
    });
  });
});
