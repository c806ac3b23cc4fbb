import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestSources, type SourceOutcome } from '../../src/ingest/ingest-sources';
import { ingestArticle } from '../../src/ingest';
import { articleFromText, readSources, type SourceItem } from '../../src/sources';
import { startTestApi } from '../support/api';
import { bearer, signToken } from '../support/tokens';
import { parseExploreQueryFile } from '../support/explore-query-file';
import { graphFingerprint, testConnection, useEmptyDatabase } from '../support/database';
import { SEED_FILE } from '../support/seed';

const { database } = testConnection();
const REPORTS = path.resolve(__dirname, '../fixtures/apec-2017-reports');
const WIRE = path.join(REPORTS, 'harbour-wire.txt');
const LEDGER = path.join(REPORTS, 'capital-ledger.txt');
let driver: Driver;

function exploreFile(name: string) {
  return parseExploreQueryFile(name, readFileSync(path.resolve(__dirname, '../../cypher/explore', name), 'utf8'));
}

async function read(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

async function rows(query: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(query, parameters, { database, routing: 'READ' });
  return records.map((record) => record.toObject());
}

function articleIdOf(outcome: SourceOutcome | undefined): string {
  if (!outcome || 'error' in outcome) throw new Error(`not written: ${JSON.stringify(outcome)}`);
  return outcome.result.articleId;
}

useEmptyDatabase((connected) => {
  driver = connected;
});

beforeEach(async () => {
  await ingestArticle(driver, database, SEED_FILE);
});

describe('resolving the documents and events of other reports of the seed’s story', () => {
  it('takes another outlet’s "joint statement" by Putin on the same day for the seed’s statement, and says why', async () => {
    const articleId = articleIdOf(
      (await ingestSources(driver, database, await read([WIRE]), { publishedOn: '2017-11-11' }))[0],
    );

    const statements = await rows(
      `MATCH (d:Document) WHERE d.documentType ENDS WITH 'statement' RETURN d.id AS id, d.documentType AS type`,
    );
    expect(statements).toEqual([{ id: 'document:joint-statement', type: 'joint statement' }]);
    const [link] = await rows(
      `MATCH (:Document {id: 'document:joint-statement'})-[m:MENTIONED_IN]->(:Sentence {articleId: $articleId})
       RETURN m.reason AS reason LIMIT 1`,
      { articleId },
    );
    expect(link?.reason).toMatch(
      /resolved: the same joint statement as document:joint-statement: issued by person:vladimir-putin.*\(score 0\.\d+\)/,
    );
  });

  it('keeps one APEC summit and adds no encounter of the two leaders beside the seed’s', async () => {
    const encountersOfTheDay = async () =>
      rows(
        `MATCH (:Person {id: 'person:vladimir-putin'})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Person {id: 'person:donald-trump'})
         WHERE e.date = date('2017-11-11') RETURN DISTINCT e.id AS id ORDER BY id`,
      );
    const before = await encountersOfTheDay();
    await ingestSources(driver, database, await read([WIRE, LEDGER]), { publishedOn: '2017-11-11' });

    const summits = await rows(
      `MATCH (e:Event)-[:HELD_BY]->(:Organization {id: 'organization:apec'}) RETURN DISTINCT e.id AS id`,
    );
    expect(summits).toEqual([{ id: 'event:apec-summit-2017' }]);
    expect(await encountersOfTheDay()).toEqual(before);
    // The seed's curated details stay as they were.
    const [summit] = await rows(
      `MATCH (e:Event {id: 'event:apec-summit-2017'}) RETURN e.name AS name, e.eventType AS type, e.dateValue AS date`,
    );
    expect(summit).toEqual({ name: '25th APEC summit', type: 'summit', date: '2017-11' });
  });

  it('finds the seed’s events among many of the same leaders in other years', async () => {
    // More events of the two leaders than resolution weighs at once, all of other years.
    await driver.executeQuery(
      `MATCH (putin:Entity {id: 'person:vladimir-putin'}), (trump:Entity {id: 'person:donald-trump'})
       UNWIND range(1, 600) AS n
       CREATE (e:Entity:Event {id: 'event:earlier-meeting-' + n, name: 'Earlier meeting ' + n, eventType: 'meeting',
                               status: 'HELD', date: date('2001-01-01') + duration({days: n}), dateValue: toString(date('2001-01-01') + duration({days: n}))})
       CREATE (putin)-[:PARTICIPATED_IN]->(e), (trump)-[:PARTICIPATED_IN]->(e)`,
      {},
      { database },
    );
    await ingestSources(driver, database, await read([WIRE]), { publishedOn: '2017-11-11' });

    const statements = await rows(`MATCH (d:Document) WHERE d.documentType ENDS WITH 'statement' RETURN d.id AS id`);
    expect(statements).toEqual([{ id: 'document:joint-statement' }]);
    const summits = await rows(
      `MATCH (e:Event)-[:HELD_BY]->(:Organization {id: 'organization:apec'}) RETURN DISTINCT e.id AS id`,
    );
    expect(summits).toEqual([{ id: 'event:apec-summit-2017' }]);
    const newEncounters = await rows(
      `MATCH (:Person {id: 'person:vladimir-putin'})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Person {id: 'person:donald-trump'})
       WHERE e.date = date('2017-11-11') AND NOT e.id STARTS WITH 'event:earlier-' AND NOT EXISTS { (e)-[:MENTIONED_IN]->(:Sentence {articleId: 'rt-2017-11-11-putin-trump-syria-joint-statement'}) }
       RETURN e.id AS id`,
    );
    expect(newEncounters).toEqual([]);
  });

  it('resolves a later article of the same run to an earlier one not yet written', async () => {
    // Without the seed, the first report's statement is new; the second report of the same run is linked to it.
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
    await ingestSources(driver, database, await read([WIRE, WIRE.replace('harbour-wire', 'harbour-wire-follow-up')]), {
      publishedOn: '2017-11-12',
    });
    const statements = await rows(
      `MATCH (d:Document) WHERE d.documentType ENDS WITH 'statement' RETURN count(d) AS count`,
    );
    expect(statements).toEqual([{ count: 1 }]);
  });

  it('resolves an undated statement to one already written, by the day it was first reported', async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
    await ingestSources(driver, database, await read([WIRE]), { publishedOn: '2017-11-12' });
    await ingestSources(driver, database, await read([WIRE.replace('harbour-wire', 'harbour-wire-follow-up')]), {
      publishedOn: '2017-11-13',
    });
    const statements = await rows(
      `MATCH (d:Document) WHERE d.documentType ENDS WITH 'statement' RETURN count(d) AS count`,
    );
    expect(statements).toEqual([{ count: 1 }]);
  });

  it('changes nothing when the same reports are ingested again', async () => {
    await ingestSources(driver, database, await read([WIRE, LEDGER]), { publishedOn: '2017-11-11' });
    const before = await graphFingerprint(driver);
    const again = await ingestSources(driver, database, await read([WIRE, LEDGER]), { publishedOn: '2017-11-11' });
    expect(again.map((o) => ('result' in o ? o.result.outcome : o.error.code))).toEqual(['unchanged', 'unchanged']);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('counts a fact several outlets state once, with its sources, in GraphQL and in the Browser query', async () => {
    const asReportedBy = (file: string, sourceName: string): SourceItem => ({
      ok: true,
      article: articleFromText(readFileSync(file, 'utf8'), { origin: file, format: 'text', sourceName }),
    });
    await ingestSources(
      driver,
      database,
      [asReportedBy(WIRE, 'Harbour Wire'), asReportedBy(LEDGER, 'Capital Ledger')],
      { publishedOn: '2017-11-11' },
    );

    const api = await startTestApi(driver, database);
    try {
      const { data } = await api.graphql(
        `query ($id: ID!) { corroboration(entityId: $id, minArticles: 2) { relationship subjectId articles outlets statedBy } }`,
        { id: 'document:joint-statement' },
      );
      const issuedByPutin = (data.corroboration as any[]).find(
        (fact) => fact.relationship === 'ISSUED' && fact.subjectId === 'person:vladimir-putin',
      );
      expect(issuedByPutin).toMatchObject({ articles: 3, outlets: 3 });
      expect([...issuedByPutin.statedBy].sort()).toEqual(['Capital Ledger', 'Harbour Wire', 'RT']);
    } finally {
      await api.stop();
    }

    const explore = parseExploreQueryFile(
      '17-one-event-many-sources.cypher',
      readFileSync(path.resolve(__dirname, '../../cypher/explore/17-one-event-many-sources.cypher'), 'utf8'),
    );
    const browserRows = await rows(explore.query, { ...explore.parameters, minArticles: 2 });
    expect(browserRows.find((row) => String(row.fact).startsWith('Vladimir Putin ISSUED'))).toMatchObject({
      articlesMentioningIt: 3,
      articles: 3,
      outlets: 3,
    });
  });
});

describe('what the graph already knows, for a new report', () => {
  const report = (origin: string, sourceName: string, text: string): SourceItem => ({
    ok: true,
    article: articleFromText(text, { origin, format: 'text', sourceName }),
  });

  it('gives a title the report states without its country the country the graph knows for it', async () => {
    const [outcome] = await ingestSources(
      driver,
      database,
      [report('lavrov.txt', 'Lake Times', 'Talks\n\nForeign Minister Sergey Lavrov said Russia would respond.\n')],
      { publishedOn: '2018-03-14' },
    );
    const articleId = articleIdOf(outcome);
    const roles = await rows(
      `MATCH (:Person {id: 'person:sergey-lavrov'})-[r:HOLDS_ROLE]->(c:Country)
       WHERE r.articleId = $articleId RETURN r.title AS title, c.id AS country`,
      { articleId },
    );
    expect(roles).toEqual([{ title: 'Foreign Minister', country: 'country:russia' }]);
  });

  it('takes a later report of an attack, named only by its place, for the attack on the person there', async () => {
    await ingestSources(
      driver,
      database,
      [
        report(
          'first.txt',
          'Lake Times',
          'Attack\n\nThe nerve agent attack on Anna Keller in Lisbon on March 4 shocked the city.\n',
        ),
      ],
      { publishedOn: '2021-03-05' },
    );
    await ingestSources(
      driver,
      database,
      [report('second.txt', 'Alpine Courier', 'Weeks on\n\nThe police say the attack in Lisbon was planned.\n')],
      { publishedOn: '2021-03-28' },
    );
    const attacks = await rows(
      `MATCH (e:Event) WHERE e.eventType = 'attack'
       RETURN e.id AS id, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions`,
    );
    expect(attacks).toEqual([{ id: 'event:attack-on-anna-keller-2021', mentions: 2 }]);
  });

  it('takes two outlets’ reports of a strike told by a verb and by a noun for one strike, and a capture for no strike', async () => {
    await ingestSources(
      driver,
      database,
      [
        report(
          'first.txt',
          'Lake Times',
          'Port hit\n\nRussian missiles struck the port of Odesa on Saturday. Rebel troops took Kherson on Friday.\n',
        ),
      ],
      { publishedOn: '2022-07-23' },
    );
    await ingestSources(
      driver,
      database,
      [report('second.txt', 'Alpine Courier', 'Briefing\n\nSaturday’s missile strike on Odesa was condemned.\n')],
      { publishedOn: '2022-07-25' },
    );
    const incidents = await rows(
      `MATCH (e:Event) WHERE e.eventType IN ['strike', 'capture']
       RETURN e.eventType AS type, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions ORDER BY type`,
    );
    expect(incidents).toEqual([
      { type: 'capture', mentions: 1 },
      { type: 'strike', mentions: 2 },
    ]);
  });
});

describe('a document named without issuers, in the graph', () => {
  const report = (origin: string, sourceName: string, text: string): SourceItem => ({
    ok: true,
    article: articleFromText(text, { origin, format: 'text', sourceName }),
  });
  const summit = 'Vladimir Putin and Volodymyr Zelensky met at a summit in Paris on Monday.';

  it('takes a later report’s document beside the same summit for the one already written, and says why', async () => {
    await ingestSources(
      driver,
      database,
      [report('first.txt', 'Lake Times', `Summit\n\n${summit} The communiqué was short.\n`)],
      { publishedOn: '2019-12-09' },
    );
    const outcome = (
      await ingestSources(
        driver,
        database,
        [
          report(
            'second.txt',
            'Alpine Courier',
            `Summit ends\n\n${summit} The document commits both to a ceasefire.\n`,
          ),
        ],
        { publishedOn: '2019-12-10' },
      )
    )[0];
    const documents = await rows(
      `MATCH (d:Document)-[m:MENTIONED_IN]->(:Sentence {articleId: $articleId})
       RETURN d.id AS id, COUNT { (d)-[:MENTIONED_IN]->() } AS mentions, m.reason AS reason`,
      { articleId: articleIdOf(outcome) },
    );
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ mentions: 2 });
    expect(documents[0]!.reason).toMatch(/named without issuers beside it too/);
  });
});

describe('a doubt resolution cannot settle', () => {
  const report = (origin: string, sourceName: string, text: string): SourceItem => ({
    ok: true,
    article: articleFromText(text, { origin, format: 'text', sourceName }),
  });
  // Two known people share a surname; a third report names only the surname.
  const twoOfOneSurname = [
    report(
      'first.txt',
      'Alpine Courier',
      'Geneva talks resume\n\nSwiss diplomat Anna Keller said on Monday that the talks in Geneva would resume next week.\n',
    ),
    report(
      'second.txt',
      'Rhine Gazette',
      'Tariffs weigh on exports\n\nGerman economist Thomas Keller said on Tuesday that the tariffs would weigh on exports.\n',
    ),
  ];
  const surnameOnly = report(
    'third.txt',
    'Lake Times',
    'Talks and tariffs\n\nKeller said on Wednesday that the outlook had not changed since the spring.\n',
  );
  const doubts = () =>
    rows(
      `MATCH (e:Person)-[p:POSSIBLY_SAME_AS]->(c:Person)
       RETURN e.name AS entity, c.name AS candidate, p.score AS score, p.reason AS reason ORDER BY candidate`,
    );

  it('keeps the article’s own node and links it to each candidate with a score and a reason', async () => {
    await ingestSources(driver, database, twoOfOneSurname, { publishedOn: '2019-03-04' });
    await ingestSources(driver, database, [surnameOnly], { publishedOn: '2019-03-06' });

    const explore = exploreFile('18-possible-duplicates.cypher');
    const browserRows = await rows(explore.query, explore.parameters);
    expect(browserRows.map(({ entity, candidate, inTheSentence }) => ({ entity, candidate, inTheSentence }))).toEqual([
      {
        entity: 'Keller',
        candidate: 'Anna Keller',
        inTheSentence: expect.stringContaining('Keller said on Wednesday'),
      },
      {
        entity: 'Keller',
        candidate: 'Thomas Keller',
        inTheSentence: expect.stringContaining('Keller said on Wednesday'),
      },
    ]);
    const kellers = await rows(`MATCH (p:Person) WHERE p.name ENDS WITH 'Keller' RETURN p.name AS name ORDER BY name`);
    expect(kellers).toEqual([{ name: 'Anna Keller' }, { name: 'Keller' }, { name: 'Thomas Keller' }]);
    expect(await doubts()).toEqual([
      {
        entity: 'Keller',
        candidate: 'Anna Keller',
        score: 0.35,
        reason: '"Keller" is the surname of Anna Keller, one of 2 known people bearing it',
      },
      {
        entity: 'Keller',
        candidate: 'Thomas Keller',
        score: 0.35,
        reason: '"Keller" is the surname of Thomas Keller, one of 2 known people bearing it',
      },
    ]);
  });

  it('lists the doubts in GraphQL, and an admin’s merge settles them', async () => {
    await ingestSources(driver, database, twoOfOneSurname, { publishedOn: '2019-03-04' });
    await ingestSources(driver, database, [surnameOnly], { publishedOn: '2019-03-06' });
    const api = await startTestApi(driver, database);
    try {
      const { data } = await api.graphql('{ possibleDuplicates { entityId candidateName kind score articleId } }');
      const listed = data.possibleDuplicates as { entityId: string; candidateName: string; kind: string }[];
      expect(listed.map(({ candidateName, kind }) => ({ candidateName, kind }))).toEqual([
        { candidateName: 'Anna Keller', kind: 'Person' },
        { candidateName: 'Thomas Keller', kind: 'Person' },
      ]);

      const [anna] = await rows(`MATCH (p:Person {name: 'Anna Keller'}) RETURN p.id AS id`);
      const merged = await api.graphql(
        `mutation ($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge, reason: "the diplomat") { id } }`,
        { keep: anna!.id, merge: listed[0]!.entityId },
        bearer(signToken({ sub: 'admin-grace', roles: ['admin'] })),
      );
      expect(merged.errors).toBeUndefined();
      expect(await doubts()).toEqual([]);
      const after = await api.graphql('{ possibleDuplicates { entityId } }');
      expect(await rows(exploreFile('18-possible-duplicates.cypher').query, { minScore: 0 })).toEqual([]);
      expect(after.data).toEqual({ possibleDuplicates: [] });
    } finally {
      await api.stop();
    }
  });

  it('writes each doubt once when the article is ingested again, and drops it when an edit no longer raises it', async () => {
    const at = (text: string): SourceItem => ({
      ok: true,
      article: articleFromText(text, {
        origin: 'third.txt',
        format: 'text',
        sourceName: 'Lake Times',
        url: 'https://lake-times.example/talks-and-tariffs',
      }),
    });
    await ingestSources(driver, database, twoOfOneSurname, { publishedOn: '2019-03-04' });
    const surnameText =
      'Talks and tariffs\n\nKeller said on Wednesday that the outlook had not changed since the spring.\n';
    await ingestSources(driver, database, [at(surnameText)], { publishedOn: '2019-03-06' });
    const again = await ingestSources(driver, database, [at(surnameText)], { publishedOn: '2019-03-06' });
    expect(again.map((o) => ('result' in o ? o.result.outcome : o.error.code))).toEqual(['unchanged']);
    expect(await doubts()).toHaveLength(2);

    // The edited article (same URL) names the diplomat in full: its doubts go with the old text.
    const edited = await ingestSources(driver, database, [at(surnameText.replace('Keller said', 'Anna Keller said'))], {
      publishedOn: '2019-03-06',
    });
    expect(edited.map((o) => ('result' in o ? o.result.outcome : o.error.code))).toEqual(['replaced']);
    expect(await doubts()).toEqual([]);
  });
});
