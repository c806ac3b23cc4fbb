import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { PROJECT_ROOT } from '../config';
import { installGraphChangeLog } from './graph-change-log';
import { migrateArticleIdentities } from '../write/migrate-article-identities';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'cypher', 'schema.cypher');

/** Splits a .cypher file into statements: `//` comment lines dropped, `;` ends a statement. */
export function splitCypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

// The fulltext index's first definition covered Entity and Quote only. A database made then has
// it dropped, so that schema.cypher recreates it with Claim (an index is never altered in place).
const FIND_OUTDATED_SEARCH_INDEX = `
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes
WHERE name = 'search' AND NOT 'Claim' IN labelsOrTypes
RETURN name`;

/**
 * Applies cypher/schema.cypher (idempotent: every statement says IF NOT EXISTS), waits until
 * the indexes are online, so the first query after start-up is index-backed, migrates the
 * data written by older versions (idempotent too), then sets up the graph's change log (its
 * trigger is installed through the `system` database; where triggers are not available, a
 * warning, not a failure).
 */
export async function applySchema(
  driver: Driver,
  database: string,
  options: { logger?: Pick<Logger, 'warn'> } = {},
): Promise<number> {
  const statements = splitCypherStatements(await readFile(SCHEMA_FILE, 'utf8'));
  const outdated = await driver.executeQuery(FIND_OUTDATED_SEARCH_INDEX, {}, { database });
  if (outdated.records.length > 0) await driver.executeQuery('DROP INDEX search IF EXISTS', {}, { database });
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  await migrateArticleIdentities(driver, database);
  await installGraphChangeLog(driver, database, options.logger);
  return statements.length;
}
