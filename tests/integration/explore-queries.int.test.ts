import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type Path } from 'neo4j-driver';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { parseExploreQueryFile, type ExploreQueryFile } from '../support/explore-query-file';

const EXPLORE_FOLDER = path.join(__dirname, '..', '..', 'cypher', 'explore');
const FILES = readdirSync(EXPLORE_FOLDER)
  .filter((name) => name.endsWith('.cypher'))
  .sort();

// Files whose rows need more than the seed: on the seed alone they must run and return nothing;
// the named test runs them where they have rows.
const EMPTY_ON_THE_SEED: Record<string, string> = {
  // The seed is curated: resolution leaves no doubts in it.
  '18-possible-duplicates.cypher': 'tests/integration/resolve-across-articles.int.test.ts',
};

const { database } = testConnection();
let driver: Driver;

beforeAll(async () => {
  driver = await connectToSeededGraph();
});

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

function readQueryFile(name: string): ExploreQueryFile {
  return parseExploreQueryFile(name, readFileSync(path.join(EXPLORE_FOLDER, name), 'utf8'));
}

/** Runs a file's query with its `:param` defaults (or `overrides`) as Neo4j Browser would, in a read transaction. */
async function runQueryFile(name: string, overrides: Record<string, unknown> = {}) {
  const file = readQueryFile(name);
  const { records, summary } = await driver.executeQuery(
    file.query,
    { ...file.parameters, ...overrides },
    { database, routing: neo4j.routing.READ },
  );
  return { rows: records.map((record) => record.toObject()), queryType: summary.queryType };
}

function fileNamed(prefix: string): string {
  const name = FILES.find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`No file in cypher/explore/ starts with ${prefix}`);
  return name;
}

describe('the exploration queries in cypher/explore/', () => {
  it('are at least twelve files, numbered 01, 02, ... in order', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    FILES.forEach((name, index) => {
      expect(name).toMatch(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.cypher$/);
      expect(Number(name.slice(0, 2))).toBe(index + 1);
    });
  });

  describe.each(FILES)('%s', (name) => {
    it('starts with // comments, then sets with a :param line every parameter it uses, and only those', () => {
      const source = readFileSync(path.join(EXPLORE_FOLDER, name), 'utf8');
      expect(source.startsWith('//')).toBe(true);

      const file = readQueryFile(name);
      expect(file.header.join(' ').length).toBeGreaterThan(80);
      expect([...file.usedParameters].sort()).toEqual(Object.keys(file.parameters).sort());
      for (const parameter of file.usedParameters) expect(file.header.join('\n')).toContain(parameter);
    });

    it('runs with its defaults as a read-only query in a read transaction and returns rows', async () => {
      const { rows, queryType } = await runQueryFile(name);

      expect(queryType).toBe('r');
      if (name in EMPTY_ON_THE_SEED) expect(rows).toEqual([]);
      else expect(rows.length).toBeGreaterThan(0);
    });
  });

  it('run in transactions that refuse writes, so a query that wrote would fail there', async () => {
    await expect(
      driver.executeQuery('CREATE (:ExploreQueriesProbe)', {}, { database, routing: neo4j.routing.READ }),
    ).rejects.toThrow();
    const { records } = await driver.executeQuery(
      'MATCH (n:ExploreQueriesProbe) RETURN count(n) AS count',
      {},
      {
        database,
      },
    );
    expect(records[0]?.get('count')).toBe(0);
  });
});

describe('what the exploration queries answer about the seed article', () => {
  it('draws the neighbourhood of Syria without mentions or sentence evidence', async () => {
    const { rows } = await runQueryFile(fileNamed('02-'));

    const paths = rows.map((row) => row.path as Path);
    expect(paths.every((p) => p.start.properties.id === 'country:syria')).toBe(true);
    const types = paths.flatMap((p) => p.segments.map((segment) => segment.relationship.type));
    expect(types).toEqual(expect.arrayContaining(['ABOUT', 'LOCATED_IN']));
    expect(types).not.toContain('MENTIONED_IN');
    expect(types).not.toContain('EVIDENCED_BY');
  });

  it('says who issued and who agreed to the joint statement, and that the agreeing is second hand', async () => {
    const { rows } = await runQueryFile(fileNamed('03-'));

    const lavrov = rows.find((row) => row.who === 'Sergey Lavrov');
    expect(lavrov).toMatchObject({ how: 'AGREED_TO', claimAssertedBy: ['Dmitry Peskov'] });
    expect(lavrov?.claimReportedBy).toEqual(['Russian news agencies']);
    expect(rows.filter((row) => row.how === 'ISSUED').map((row) => row.who)).toEqual([
      'Donald Trump',
      'Vladimir Putin',
    ]);
  });

  it('gives each role the date it is stated for', async () => {
    const { rows } = await runQueryFile(fileNamed('04-'), { entityId: 'person:sergey-lavrov' });

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Foreign Minister', where: 'Russia', asOfPrecision: 'DAY' });
    expect(String(rows[0]?.asOf)).toBe('2017-11-11');
  });

  it('gives each of Tillerson’s quotes its claim, occasion, reported-by chain and sentence', async () => {
    const { rows } = await runQueryFile(fileNamed('05-'), { speakerId: 'person:rex-tillerson' });

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quote: 'sufficiently substantive to talk about',
      expresses: ['Trump and Putin have nothing sufficiently substantive to talk about at the moment.'],
      reportedByChain: ['Rex Tillerson', 'RT'],
    });
    expect(rows[0]?.saidAt).toHaveLength(1);
    expect(rows[0]?.sentences[0]).toContain('Rex Tillerson said');
  });

  it('finds the words of a fact at its offsets in the article', async () => {
    const { rows } = await runQueryFile(fileNamed('06-'));

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ from: 'Sergey Lavrov', fact: 'AGREED_TO', matches: true, startsInSentence: true });
    expect(rows[0]?.articleSpan).toBe(rows[0]?.evidence);
  });

  it('passes the search text to Lucene as it is, so field and fuzzy syntax work', async () => {
    const byField = await runQueryFile(fileNamed('07-'), { q: 'aliases:ISIL' });
    expect(byField.rows[0]?.id).toBe('organization:islamic-state');

    const fuzzy = await runQueryFile(fileNamed('07-'), { q: 'Lavorv~' });
    expect(fuzzy.rows.map((row) => row.id)).toContain('person:sergey-lavrov');
  });

  it('links Peskov to Tillerson through the claim Peskov asserted, walking facts only', async () => {
    const { rows } = await runQueryFile(fileNamed('08-'));

    expect(rows).toHaveLength(1);
    expect(rows[0]?.hops).toBe(2);
    const found = rows[0]?.path as Path;
    expect(found.segments.every((segment) => typeof segment.relationship.properties.id === 'string')).toBe(true);
    expect(found.segments.map((segment) => segment.relationship.type)).toEqual(['ASSERTED', 'ABOUT']);
    expect(found.segments[0]?.end.labels).toContain('Claim');
    expect(found.end.properties.id).toBe('person:rex-tillerson');
  });

  it('says who met whom, where and when: the first Putin–Trump meeting at the G20 in July 2017', async () => {
    const { rows } = await runQueryFile(fileNamed('09-'));

    const first = rows.find((row) => row.eventId === 'event:putin-trump-first-meeting');
    expect(first).toMatchObject({
      participants: ['Donald Trump (participant)', 'Vladimir Putin (participant)'],
      place: ['Hamburg'],
      partOf: ['G20 summit in Hamburg'],
      date: '2017-07',
      datePrecision: 'MONTH',
      dateInferred: true,
      status: 'HELD',
    });
    expect(rows[0]?.date).toBe('2017-07');

    const official = rows.find((row) => row.eventId === 'event:putin-trump-official-meeting-apec');
    expect(official).toMatchObject({ status: 'NOT_HELD', place: ['Da Nang, Vietnam'] });
    expect(official?.claimsAboutIt).toEqual([expect.stringMatching(/^White House: Scheduling conflicts/)]);
  });

  it('lists Trump’s events in date order, from July 2017 to the APEC summit', async () => {
    const { rows } = await runQueryFile(fileNamed('10-'));

    const dates = rows.map((row) => row.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2017-07');
    expect(rows.map((row) => row.eventId)).toEqual(
      expect.arrayContaining(['event:putin-trump-first-meeting', 'event:putin-trump-official-meeting-apec']),
    );
  });

  it('gives each claim who asserted or agreed, who reported it, where it was stated and its evidence', async () => {
    const { rows } = await runQueryFile(fileNamed('11-'));

    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({
      claim: 'There is no military solution to the conflict in Syria.',
      agreedBy: ['Donald Trump', 'Vladimir Putin'],
      statedIn: ['Putin–Trump joint statement on Syria'],
    });
    expect(rows.every((row) => row.evidence.length > 0 && row.sentences.length > 0)).toBe(true);
    const reported = rows.filter((row) => row.reportedBy.length > 0);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ assertedBy: ['Dmitry Peskov'], reportedBy: ['Russian news agencies'] });
  });

  it('follows reported speech from Peskov through the news agencies to RT, with the facts it supports', async () => {
    const { rows } = await runQueryFile(fileNamed('12-'));

    expect(rows).toHaveLength(1);
    expect(rows[0]?.chain).toBe('Dmitry Peskov -> Russian news agencies -> RT');
    expect([...(rows[0]?.factsLearntFromIt ?? [])].sort()).toEqual([
      'Rex Tillerson -[AGREED_TO]-> Putin–Trump joint statement on Syria',
      'Sergey Lavrov -[AGREED_TO]-> Putin–Trump joint statement on Syria',
    ]);
  });

  it('gives every fact, claim and quote about Syria once, with its evidence sentence', async () => {
    const { rows } = await runQueryFile(fileNamed('13-'));

    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(['fact', 'claim', 'quote']));
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.every((row) => row.sentences.length > 0 && row.evidence.length > 0)).toBe(true);
    expect(rows.map((row) => row.statement)).toContain('There is no military solution to the conflict in Syria.');
  });

  it('shows every inferred date with its basis and the words it comes from, at their offsets', async () => {
    const { rows } = await runQueryFile(fileNamed('14-'));

    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.every((row) => row.inferred === true && row.basis && row.checked === true)).toBe(true);
    expect(rows.find((row) => row.id === 'event:g20-summit-hamburg')).toMatchObject({
      date: '2017-07',
      words: 'in July',
    });
  });
});
