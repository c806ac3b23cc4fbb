import type { Driver } from 'neo4j-driver';
import { ingestArticle } from '../../src/ingest';
import { ArticleFileError } from '../../src/vocabulary';
import { countByLabel, countByType, graphFingerprint, testConnection, useEmptyDatabase } from '../support/database';
import { editedSeedCopy, SEED_ARTICLE_ID, SEED_FILE } from '../support/seed';

const { database } = testConnection();
let driver: Driver;

useEmptyDatabase((connected) => {
  driver = connected;
});

describe('ingesting the seed article', () => {
  it('writes exactly the curated nodes and relationships', async () => {
    const result = await ingestArticle(driver, database, SEED_FILE);

    expect(result).toMatchObject({ articleId: SEED_ARTICLE_ID, outcome: 'created' });
    expect(await countByLabel(driver)).toEqual({
      Article: 1,
      Sentence: 31,
      Entity: 47,
      Person: 5,
      Country: 7,
      Organization: 8,
      Place: 6,
      Document: 5,
      Event: 9,
      Concept: 7,
      Claim: 20,
      Quote: 16,
    });
    expect(await countByType(driver)).toEqual({
      HAS_SENTENCE: 31,
      PUBLISHED_BY: 1,
      MENTIONED_IN: 127,
      EVIDENCED_BY: 63,
      HOLDS_ROLE: 5,
      ISSUED: 5,
      AGREED_TO: 10,
      ASSERTED: 16,
      STATED_IN: 7,
      STATED_AT: 3,
      REPORTED_BY: 1,
      SAID: 14,
      EXPRESSES: 18,
      REFERENCES: 3,
      ABOUT: 79,
      PARTICIPATED_IN: 15,
      OCCURRED_IN: 4,
      HELD_BY: 2,
      PART_OF: 6,
      RESULTED_IN: 3,
      LOCATED_IN: 4,
      CAPITAL_OF: 1,
      CHAMPIONED: 1,
      FIGHTS: 2,
    });
  });

  it('changes nothing when the same article is ingested again', async () => {
    await ingestArticle(driver, database, SEED_FILE);
    const before = await graphFingerprint(driver);

    const again = await ingestArticle(driver, database, SEED_FILE);

    expect(again.outcome).toBe('unchanged');
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('replaces what an article contributed when its file is edited, and restores it when reverted', async () => {
    await ingestArticle(driver, database, SEED_FILE);
    const original = await graphFingerprint(driver);
    const withoutRoles = await editedSeedCopy((data) => {
      data.relationships = data.relationships.filter(
        (relationship: { type: string }) => relationship.type !== 'HOLDS_ROLE',
      );
    });

    expect((await ingestArticle(driver, database, withoutRoles)).outcome).toBe('replaced');
    expect((await countByType(driver)).HOLDS_ROLE).toBeUndefined();

    expect((await ingestArticle(driver, database, SEED_FILE)).outcome).toBe('replaced');
    expect(await graphFingerprint(driver)).toBe(original);
  });

  it('rejects an invalid file before writing anything, leaving the graph as it was', async () => {
    await ingestArticle(driver, database, SEED_FILE);
    const before = await graphFingerprint(driver);
    const broken = await editedSeedCopy((data) => {
      data.article.id = 'another-article';
      // A defect at the very end of the file: everything before it is valid.
      data.quotes.at(-1).text = 'words the article never printed';
    });

    await expect(ingestArticle(driver, database, broken)).rejects.toThrow(ArticleFileError);
    await expect(ingestArticle(driver, database, broken)).rejects.toThrow(/quotes\[15\]\.text/);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('rejects an invalid file on an empty database without creating anything', async () => {
    const broken = await editedSeedCopy((data) => {
      data.relationships[0].to = 'country:atlantis';
    });

    await expect(ingestArticle(driver, database, broken)).rejects.toThrow(/relationships\[0\]\.to: "country:atlantis"/);
    expect(await countByLabel(driver)).toEqual({});
  });

  it('stores offsets as integers, and role and event dates as dates', async () => {
    await ingestArticle(driver, database, SEED_FILE);

    const { records } = await driver.executeQuery(
      `CALL {
         MATCH ()-[r:HOLDS_ROLE]->() RETURN valueType(r.start) AS offset, valueType(r.asOf) AS asOf
         UNION
         MATCH ()-[m:MENTIONED_IN]->() RETURN valueType(m.end) AS offset, null AS asOf
         UNION
         MATCH ()-[e:EVIDENCED_BY]->() RETURN valueType(e.start) AS offset, null AS asOf
         UNION
         MATCH (s:Sentence) RETURN valueType(s.index) AS offset, null AS asOf
         UNION
         MATCH (e:Event) WHERE e.date IS NOT NULL RETURN null AS offset, valueType(e.date) AS asOf
       }
       RETURN collect(DISTINCT offset) AS offsets, collect(DISTINCT asOf) AS dates`,
      {},
      { database },
    );
    expect(records[0]?.get('offsets')).toEqual(['INTEGER NOT NULL']);
    expect(records[0]?.get('dates')).toEqual(['DATE NOT NULL']);
  });

  it('keeps every sentence equal to the article text at its offsets', async () => {
    await ingestArticle(driver, database, SEED_FILE);

    const { records } = await driver.executeQuery(
      `MATCH (a:Article {id: $articleId})-[:HAS_SENTENCE]->(s)
       RETURN count(s) AS sentences, sum(CASE WHEN substring(a.text, s.start, s.end - s.start) = s.text THEN 1 ELSE 0 END) AS exact`,
      { articleId: SEED_ARTICLE_ID },
      { database },
    );
    expect(records[0]?.get('exact')).toBe(records[0]?.get('sentences'));
    expect(records[0]?.get('sentences')).toBe(31);
  });
});
