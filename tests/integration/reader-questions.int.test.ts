import type { Driver } from 'neo4j-driver';
import { startTestApi, type TestApi } from '../support/api';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { SEED_ARTICLE_ID } from '../support/seed';

/*
 * Questions a reader of the seed article would ask, each answered by one GraphQL request over
 * HTTP and checked against the exact answer the article gives.
 */

const { database } = testConnection();
let driver: Driver;
let testApi: TestApi;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await testApi.graphql(query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data;
}

const names = (nodes: { name: string }[]) => nodes.map((node) => node.name).sort();
const claimId = (slug: string) => `claim:${SEED_ARTICLE_ID}/${slug}`;

beforeAll(async () => {
  driver = await connectToSeededGraph();
  testApi = await startTestApi(driver, database);
});

afterAll(async () => {
  await testApi?.stop();
  await resetDatabase(driver);
  await driver.close();
});

describe('a reader asks the graph', () => {
  it('1. Who issued the joint statement, on the sidelines of what, and when?', async () => {
    const data = await ask(`{
      documents(where: { id: { eq: "document:joint-statement" } }) {
        issuedBy { name }
        resultedFrom {
          dateValue datePrecision dateInferred
          partOfConnection { edges { properties { role text } node { name } } }
        }
      }
    }`);
    const [statement] = data.documents;
    expect(names(statement.issuedBy)).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(statement.resultedFrom).toEqual([
      {
        dateValue: '2017-11-11',
        datePrecision: 'DAY',
        dateInferred: true,
        partOfConnection: {
          edges: [
            {
              properties: {
                role: 'on the sidelines',
                text: 'a written statement issued on the sidelines of the APEC summit',
              },
              node: { name: '25th APEC summit' },
            },
          ],
        },
      },
    ]);
  });

  it('2. What points does the joint statement make, and who agreed to each?', async () => {
    const data = await ask(`{
      documents(where: { id: { eq: "document:joint-statement" } }) {
        claims(sort: [{ text: ASC }]) { text agreedBy { name } }
      }
    }`);
    expect(
      data.documents[0].claims.map((claim: any) => ({ text: claim.text, agreedBy: names(claim.agreedBy) })),
    ).toEqual([
      {
        text: 'Russia and the United States are committed to the territorial integrity and sovereignty of Syria.',
        agreedBy: ['Russia', 'United States'],
      },
      {
        text: 'The de-escalation zones in Syria are an interim measure to reduce the violence and create the conditions for a settlement of the conflict.',
        agreedBy: [],
      },
      {
        text: 'The existing military communication channels are to be supported, to enhance the security of US and Russian forces fighting Islamic State terrorists in Syria.',
        agreedBy: ['Donald Trump', 'Vladimir Putin'],
      },
      {
        text: 'The ultimate political solution to the Syrian conflict must be found through the Geneva process, in accordance with UN Security Council resolution 2254.',
        agreedBy: ['Donald Trump', 'Vladimir Putin'],
      },
      { text: 'There is no military solution to the conflict in Syria.', agreedBy: ['Donald Trump', 'Vladimir Putin'] },
    ]);
  });

  it('3. What positions do Lavrov, Tillerson and Peskov hold, and as of when?', async () => {
    const data = await ask(`{
      people(where: { id: { in: ["person:sergey-lavrov", "person:rex-tillerson", "person:dmitry-peskov"] } }, sort: [{ name: ASC }]) {
        name
        rolesInCountriesConnection { edges { properties { title asOf asOfPrecision text } node { name } } }
        rolesInOrganizationsConnection { edges { properties { title asOf asOfPrecision text } node { name } } }
      }
    }`);
    const roles = data.people.map((person: any) => {
      const [edge] = [...person.rolesInCountriesConnection.edges, ...person.rolesInOrganizationsConnection.edges];
      const { title, asOf, asOfPrecision, text } = edge.properties;
      return `${person.name}: ${title} of ${edge.node.name} as of ${asOf} (${asOfPrecision}) — “${text}”`;
    });
    expect(roles).toEqual([
      'Dmitry Peskov: Spokesman of Kremlin as of 2017-11-11 (DAY) — “Kremlin spokesman Dmitry Peskov”',
      'Rex Tillerson: Secretary of State of United States as of 2017-11-11 (DAY) — “US Secretary of State Rex Tillerson”',
      'Sergey Lavrov: Foreign Minister of Russia as of 2017-11-11 (DAY) — “Russian Foreign Minister Sergey Lavrov”',
    ]);
  });

  it('4. What else is Islamic State called?', async () => {
    const data = await ask(`{
      search(query: "ISIL", kinds: ["Organization"]) { id label }
      organizations(where: { id: { eq: "organization:islamic-state" } }) { aliases organizationType }
    }`);
    expect(data.search).toEqual([{ id: 'organization:islamic-state', label: 'Islamic State' }]);
    expect(data.organizations).toEqual([{ aliases: ['IS', 'ISIS', 'ISIL'], organizationType: 'terrorist group' }]);
  });

  it('5. Why did Putin and Trump not hold an official meeting at the summit?', async () => {
    const data = await ask(`{
      events(where: { id: { eq: "event:putin-trump-official-meeting-apec" } }) {
        status
        participants { name }
        claimsAbout { text assertedBy { name } quotes { text } }
      }
    }`);
    expect(data.events).toEqual([
      {
        status: 'NOT_HELD',
        participants: expect.any(Array),
        claimsAbout: [
          {
            text: 'Scheduling conflicts were the reason the official Putin–Trump meeting on the sidelines of the summit did not take place.',
            assertedBy: [{ name: 'White House' }],
            quotes: [{ text: 'scheduling conflicts' }],
          },
        ],
      },
    ]);
    expect(names(data.events[0].participants)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('6. When and where did Putin and Trump first meet?', async () => {
    const data = await ask(`{
      events(where: { id: { eq: "event:putin-trump-first-meeting" } }) {
        dateValue datePrecision dateInferred dateBasis
        occurredIn { name }
        partOf { name heldBy { name } }
        participants { name }
      }
    }`);
    const [meeting] = data.events;
    expect(meeting).toMatchObject({
      dateValue: '2017-07',
      datePrecision: 'MONTH',
      dateInferred: true,
      dateBasis: '“In July”, read as the July before the article’s date (2017-11-11): July 2017.',
      occurredIn: [{ name: 'Hamburg' }],
      partOf: [{ name: 'G20 summit in Hamburg', heldBy: [{ name: 'G20' }] }],
    });
    expect(names(meeting.participants)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('7. What did the leaders announce at the G20 summit?', async () => {
    const data = await ask(`{
      events(where: { id: { eq: "event:southwestern-syria-ceasefire-announcement" } }) {
        partOf { name }
        about { name }
        claims { text assertedBy { name } quotes { text attributed } }
        participantsConnection { edges { properties { role } node { name } } }
      }
    }`);
    const [announcement] = data.events;
    expect(announcement.partOf).toEqual([{ name: 'G20 summit in Hamburg' }]);
    expect(announcement.about).toEqual([{ name: 'Ceasefire deal for southwestern Syria' }]);
    expect(announcement.claims).toEqual([
      {
        text: 'A breakthrough ceasefire deal was agreed upon for southwestern Syria.',
        assertedBy: expect.any(Array),
        quotes: [{ text: 'breakthrough', attributed: false }],
      },
    ]);
    expect(
      announcement.participantsConnection.edges.map((edge: any) => `${edge.node.name}: ${edge.properties.role}`).sort(),
    ).toEqual(['Donald Trump: announcer', 'Vladimir Putin: announcer']);
  });

  it('8. What did the September round of talks in Astana settle, and where is Astana?', async () => {
    const data = await ask(`{
      events(where: { id: { eq: "event:astana-talks-september-round" } }) {
        dateValue datePrecision dateInferred
        occurredIn { name ... on Place { capitalOf { name } } }
        resultedInConnection(sort: [{ edge: { role: ASC } }]) { edges { properties { role } node { name } } }
      }
    }`);
    expect(data.events).toEqual([
      {
        dateValue: '2017-09',
        datePrecision: 'MONTH',
        dateInferred: true,
        occurredIn: [{ name: 'Astana', capitalOf: [{ name: 'Kazakhstan' }] }],
        resultedInConnection: {
          edges: [
            { properties: { role: 'created' }, node: { name: 'Fourth de-escalation zone, in Idlib' } },
            { properties: { role: 'finalized' }, node: { name: 'De-escalation zones in Syria' } },
          ],
        },
      },
    ]);
  });

  it('9. What did Tillerson say two days before the statement, and on which date?', async () => {
    const data = await ask(`{
      timeline(entityId: "person:rex-tillerson") {
        eventType dateValue dateInferred dateBasis
        quotes { text }
        claims { text }
      }
    }`);
    expect(data.timeline).toEqual([
      {
        eventType: 'remark',
        dateValue: '2017-11-09',
        dateInferred: true,
        dateBasis: '“Two days before” the joint statement was issued, itself dated 2017-11-11 from the article’s date.',
        quotes: [{ text: 'sufficiently substantive to talk about' }],
        claims: [{ text: 'Trump and Putin have nothing sufficiently substantive to talk about at the moment.' }],
      },
    ]);
  });

  it('10. Who says Lavrov and Tillerson agreed the statement, and through whom did it reach the article?', async () => {
    const data = await ask(`{
      claims(where: { id: { eq: "${claimId('statement-worked-out-in-advance')}" } }) {
        text
        assertedBy { name }
        reportedBy { name }
        about(sort: [{ name: ASC }]) { name }
      }
    }`);
    expect(data.claims).toEqual([
      {
        text: 'The joint statement was worked out in advance by officials from both nations and agreed upon by Sergey Lavrov and Rex Tillerson.',
        assertedBy: [{ name: 'Dmitry Peskov' }],
        reportedBy: [{ name: 'Russian news agencies' }],
        about: [{ name: 'Putin–Trump joint statement on Syria' }, { name: 'Rex Tillerson' }, { name: 'Sergey Lavrov' }],
      },
    ]);
  });

  it('11. Which tweets does the article embed: by whom, under which handle, when, saying what?', async () => {
    const data = await ask(`{
      documents(where: { documentType: { eq: "tweet" } }, sort: [{ date: ASC }]) {
        handle dateValue datePrecision dateInferred content issuedBy { name }
      }
    }`);
    expect(data.documents).toEqual([
      {
        handle: '@RT_com',
        dateValue: '2017-11-11',
        datePrecision: 'DAY',
        dateInferred: false,
        content:
          'On the same page? Putin & Trump chat casually before photo opp at APEC https://t.co/5dp7ExpVR5pic.twitter.com/HAcleNgKW6',
        issuedBy: [{ name: 'RT' }],
      },
      {
        handle: '@realDonaldTrump',
        dateValue: '2017-11-12',
        datePrecision: 'DAY',
        dateInferred: false,
        content:
          'Met with President Putin of Russia who was at #APEC meetings. Good discussions on Syria. Hope for his help to solve, along with China the dangerous North Korea crisis. Progress being made.',
        issuedBy: [{ name: 'Donald Trump' }],
      },
    ]);
  });

  it('12. Who championed the de-escalation zones, and where is the fourth one?', async () => {
    const data = await ask(`{
      concepts(where: { id: { eq: "concept:de-escalation-zones" } }) {
        championedBy { name }
        parts { name placeType locatedInPlaces { name locatedInCountries { name } } }
      }
    }`);
    expect(data.concepts).toEqual([
      {
        championedBy: [{ name: 'Russia' }],
        parts: [
          {
            name: 'Fourth de-escalation zone, in Idlib',
            placeType: 'zone',
            locatedInPlaces: [{ name: 'Idlib', locatedInCountries: [{ name: 'Syria' }] }],
          },
        ],
      },
    ]);
  });

  it('13. How is Lavrov connected to Peskov, and what words say so?', async () => {
    const data = await ask(`{
      connection(fromId: "person:sergey-lavrov", toId: "person:dmitry-peskov") {
        length
        steps { from { name kind } relationship direction to { name kind } evidence sentence }
      }
    }`);
    const { length, steps } = data.connection;
    expect(length).toBe(2);
    expect(
      steps.map((step: any) => `${step.from.name} -${step.relationship}/${step.direction}- ${step.to.kind}`),
    ).toEqual([
      'Sergey Lavrov -ABOUT/IN- Claim',
      'The joint statement was worked out in advance by officials from both nations and agreed upon by Sergey Lavrov and Rex Tillerson. -ASSERTED/IN- Person',
    ]);
    expect(steps[1].to.name).toBe('Dmitry Peskov');
    for (const step of steps) {
      expect(step.sentence).toContain(step.evidence);
      expect(step.evidence).toContain('citing Kremlin spokesman Dmitry Peskov');
    }
  });

  it("14. What are the events of Putin's timeline, in date order?", async () => {
    const data = await ask(`{ timeline(entityId: "person:vladimir-putin", limit: 100) { dateValue name } }`);
    expect(data.timeline.map((event: any) => `${event.dateValue} ${event.name}`)).toEqual([
      '2017-07 Announcement of the ceasefire deal for southwestern Syria',
      '2017-07 First Putin–Trump meeting, at the G20 summit in Hamburg',
      '2017-07 G20 summit in Hamburg',
      '2017-11 25th APEC summit',
      '2017-11 Official Putin–Trump meeting at the APEC summit (not held)',
      '2017-11-09 Tillerson’s remark that Trump and Putin had nothing substantive to talk about',
      '2017-11-11 Issuing of the Putin–Trump joint statement on Syria',
      '2017-11-11 Putin–Trump chat on the way to the APEC group photo',
    ]);
  });

  it("15. What exact words state Lavrov's role, in which sentence?", async () => {
    const roles = await ask(`{
      people(where: { id: { eq: "person:sergey-lavrov" } }) { rolesInCountriesConnection { edges { properties { id } } } }
    }`);
    const factId: string = roles.people[0].rolesInCountriesConnection.edges[0].properties.id;
    const data = await ask(
      `query ($id: ID!) { evidence(id: $id) { aspect articleId sentenceIndex sentence start end text } }`,
      {
        id: factId,
      },
    );
    expect(data.evidence).toEqual([
      {
        aspect: 'HOLDS_ROLE',
        articleId: SEED_ARTICLE_ID,
        sentenceIndex: 17,
        sentence:
          'The joint agreement was worked out in advance by officials from both nations, and agreed upon by Russian Foreign Minister Sergey Lavrov and US Secretary of State Rex Tillerson, Russian news agencies report, citing Kremlin spokesman Dmitry Peskov.',
        start: 2106,
        end: 2144,
        text: 'Russian Foreign Minister Sergey Lavrov',
      },
    ]);
  });

  it('16. Where was the APEC summit, and what forum held it?', async () => {
    const data = await ask(`{
      events(where: { id: { eq: "event:apec-summit-2017" } }) {
        eventType
        heldBy { name aliases }
        occurredIn { name ... on Place { placeType locatedInCountries { name } } }
      }
    }`);
    expect(data.events).toEqual([
      {
        eventType: 'summit',
        heldBy: [{ name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC', '#APEC'] }],
        occurredIn: [{ name: 'Da Nang', placeType: 'city', locatedInCountries: [{ name: 'Vietnam' }] }],
      },
    ]);
  });

  it('17. What is Putin quoted as saying about the fight against terrorism?', async () => {
    const data = await ask(`{
      quotes(
        where: { about: { some: { id: { eq: "concept:fight-against-terrorism" } } }, speaker: { some: { id: { eq: "person:vladimir-putin" } } } }
        sort: [{ start: ASC }]
      ) { text speakerConnection { edges { properties { text } } } }
    }`);
    expect(
      data.quotes.map((quote: any) => `${quote.speakerConnection.edges[0].properties.text}: ${quote.text}`),
    ).toEqual([
      'The Russian leader says: key issues',
      'Putin said: is extremely important for the United States, especially in light of recent tragic events that occurred there',
      "Putin said: It is important for us, a country that has long been facing this problem, and it's important for the entire international community.",
    ]);
  });

  it('18. What does the article say of US–Russia relations, and whose words are they?', async () => {
    const data = await ask(`{
      search(query: "lowest point", kinds: ["Claim", "Quote"]) { id kind label }
      claims(where: { about: { some: { id: { eq: "concept:us-russia-relations" } } } }, sort: [{ text: ASC }]) {
        text assertedBy { name }
      }
    }`);
    expect(data.search).toEqual(
      expect.arrayContaining([
        {
          id: claimId('relations-at-lowest-point'),
          kind: 'Claim',
          label: 'Relations between Moscow and Washington are at their lowest point since the Cold War.',
        },
        { id: `quote:${SEED_ARTICLE_ID}/lowest-point`, kind: 'Quote', label: 'lowest point' },
      ]),
    );
    expect(data.claims).toEqual([
      {
        text: 'Relations between Moscow and Washington are at their lowest point since the Cold War.',
        assertedBy: [{ name: 'RT' }],
      },
      {
        text: 'Russia and the United States are at odds on a number of international issues.',
        assertedBy: [{ name: 'RT' }],
      },
    ]);
  });

  it('19. Which "recent tragic events" does Putin mean? The graph stays as vague as the article', async () => {
    const data = await ask(`{ search(query: "tragic events") { kind label } }`);
    expect(data.search.map((hit: any) => hit.kind).sort()).toEqual(['Claim', 'Quote']);
  });
});
