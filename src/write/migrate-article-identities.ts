import { int, type Driver } from 'neo4j-driver';
import { articleIdentity } from '../vocabulary/article-identity';

/** Articles migrated per transaction: their texts travel to the client to be hashed. */
const MIGRATION_BATCH = 100;

const FIND_UNMIGRATED = `
MATCH (a:Article) WHERE a.identity IS NULL
RETURN a.id AS id, a.url AS url, a.sourceName AS sourceName, toString(a.publishedOn) AS publishedOn, a.text AS text
ORDER BY a.id
LIMIT $limit`;

// Whether the article was extracted is read from its mentions (every article has some): the
// writer set it on them before articles recorded it themselves.
const SET_IDENTITIES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.identity = row.identity,
    a.extracted = coalesce(a.extracted, EXISTS {
      MATCH (a)-[:HAS_SENTENCE]->(:Sentence)<-[m:MENTIONED_IN]-()
      WHERE m.extracted = true
    })`;

/**
 * Gives every article written before articles recorded their identity (article-identity.ts) its
 * identity, computed from what it stores, so that the writer finds it again: re-ingesting an
 * article written under an id of the older scheme (outlet, date and headline) changes nothing,
 * and its id, the one other things refer to, stays as it was. Nothing else changes. Idempotent:
 * an article that has an identity is left alone. Returns how many articles it migrated.
 */
export async function migrateArticleIdentities(driver: Driver, database: string): Promise<number> {
  let migrated = 0;
  for (;;) {
    const { records } = await driver.executeQuery(FIND_UNMIGRATED, { limit: int(MIGRATION_BATCH) }, { database });
    if (records.length === 0) return migrated;
    const rows = records.map((record) => ({
      id: record.get('id') as string,
      identity: articleIdentity({
        url: record.get('url') as string | null,
        sourceName: record.get('sourceName') as string,
        publishedOn: record.get('publishedOn') as string,
        text: record.get('text') as string,
      }),
    }));
    await driver.executeQuery(SET_IDENTITIES, { rows }, { database });
    migrated += rows.length;
  }
}
