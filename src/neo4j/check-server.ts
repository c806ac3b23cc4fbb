import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors';

// Ingestion uses dynamic labels and relationship types in MERGE, new in Neo4j 5.26.
export const MINIMUM_NEO4J_VERSION = [5, 26] as const;

export interface ServerInfo {
  version: string;
  edition: string;
  apocVersion: string;
}

/**
 * Checks that the server is one the API can run on: Neo4j 5 or later, with APOC core,
 * which @neo4j/graphql relies on.
 */
export async function checkServer(driver: Driver, database: string): Promise<ServerInfo> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
    {},
    { database, routing: 'READ' },
  );
  const version = String(records[0]?.get('version') ?? '0');
  const edition = String(records[0]?.get('edition') ?? 'unknown');
  if (!isAtLeast(version, MINIMUM_NEO4J_VERSION)) {
    throw new AppError(
      'NEO4J_TOO_OLD',
      `Neo4j ${version} is too old: this project needs Neo4j ${MINIMUM_NEO4J_VERSION.join('.')} or later. ` +
        'Upgrade the server, or unset NEO4J_URI to use a local 5.26 server.',
    );
  }
  const apoc = await driver.executeQuery(
    "SHOW FUNCTIONS YIELD name WHERE name = 'apoc.version' RETURN count(*) AS found",
    {},
    { database, routing: 'READ' },
  );
  if (apoc.records[0]?.get('found') !== 1) {
    throw new AppError(
      'APOC_MISSING',
      `Neo4j ${version} has no APOC core plugin, which @neo4j/graphql needs. Install APOC core ` +
        '(Docker: NEO4J_PLUGINS=\'["apoc"]\'; a server: copy apoc-<version>-core.jar into plugins/).',
    );
  }
  const apocVersion = await driver.executeQuery('RETURN apoc.version() AS version', {}, { database });
  return { version, edition, apocVersion: String(apocVersion.records[0]?.get('version')) };
}

/** Compares a version such as "5.26.19" or "2025.01.0" with a minimum [major, minor]. */
export function isAtLeast(version: string, minimum: readonly [number, number]): boolean {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}
