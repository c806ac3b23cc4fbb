import { extractArticle } from './extract-article';
import { baseGazetteer, type GazetteerEntry } from './gazetteer';

const victim: GazetteerEntry = {
  id: 'person:ana-costa',
  kind: 'Person',
  name: 'Ana Costa',
  aliases: ['Costa'],
  demonyms: [],
  origin: 'graph',
};

function incidents(text: string, publishedOn = '2021-03-14') {
  const file = extractArticle({ text, publishedOn, origin: 'test.txt' }, [...baseGazetteer(), victim]);
  const events = file.entities
    .filter((e) => e.kind === 'Event')
    .map((e) => ({ id: e.id, type: e.eventType, date: e.date?.value, words: e.mentions.map((m) => m.text) }));
  const facts = file.relationships
    .filter((r) => r.from.startsWith('event:') || r.to.startsWith('event:'))
    .map((r) => `${r.type} ${r.from} ${r.to}`);
  return { events, facts };
}

describe('incidents', () => {
  it('takes a relative attacked with the target, named or not, and the place after both', () => {
    const named = incidents('Headline\nThe attack on Ana Costa and her son Rui in Lisbon shocked the city.');
    expect(named.facts.sort()).toEqual([
      'OCCURRED_IN event:attack-on-ana-costa-2021 place:lisbon',
      'PARTICIPATED_IN person:ana-costa event:attack-on-ana-costa-2021',
      'PARTICIPATED_IN person:rui-costa event:attack-on-ana-costa-2021',
    ]);
    const unnamed = incidents('Headline\nThe poisoning of Ana Costa and her son in Lisbon shocked the city.');
    expect(unnamed.facts.sort()).toEqual([
      'OCCURRED_IN event:attack-on-ana-costa-2021 place:lisbon',
      'PARTICIPATED_IN person:ana-costa event:attack-on-ana-costa-2021',
    ]);
  });

  it('takes explosions as an incident of their own, by place and stated year, each ranked one too and part of them, but not a verb', () => {
    const { events, facts } = incidents(
      'Headline\nThe poisoning of Ana Costa shocked Lisbon. Police now link it to the 2014 explosions in Lisbon. ' +
        'The blasts killed two men. The first blast came in October; a second explosion followed.',
    );
    expect(events.map((e) => [e.id, e.type, e.words, e.date])).toEqual([
      ['event:attack-on-ana-costa-2021', 'poisoning', ['poisoning'], undefined],
      ['event:explosion-in-lisbon-2014', 'explosion', ['explosions', 'blasts'], '2014'],
      // "The first blast came in October": of the explosions' year, where they were.
      ['event:explosion-in-lisbon-2014-first', 'explosion', ['blast'], '2014-10'],
      ['event:explosion-in-lisbon-2014-second', 'explosion', ['explosion'], '2014'],
    ]);
    expect(facts).toContain('OCCURRED_IN event:explosion-in-lisbon-2014 place:lisbon');
    expect(facts).toContain('OCCURRED_IN event:explosion-in-lisbon-2014-first place:lisbon');
    // Each ranked one is part of the explosions the article names as one.
    expect(facts).toContain('PART_OF event:explosion-in-lisbon-2014-first event:explosion-in-lisbon-2014');
    expect(facts).toContain('PART_OF event:explosion-in-lisbon-2014-second event:explosion-in-lisbon-2014');
    // "Another blast" says not which one.
    expect(
      incidents('Headline\nThe 2014 explosions in Lisbon shocked many. Another blast was feared.').events,
    ).toHaveLength(1);
    // The year its own words give dates it, not a date of another year in its sentence.
    const poisoning = incidents('Headline\nOn Monday police reopened the 2018 poisoning of Ana Costa.').events;
    expect(poisoning.map((e) => [e.id, e.date])).toEqual([['event:attack-on-ana-costa-2018', '2018']]);
    expect(incidents('Ana Costa blasts the plan. Explosions of anger followed.').events).toEqual([]);
  });

  it('takes an attack by its target and year, whatever the words, and "the attack" for it', () => {
    const { events, facts } = incidents(
      'Headline\nThe nerve agent attack on Ana Costa in Lisbon on March 4 shocked the city. ' +
        'Officials said the attack had been planned for weeks.',
    );
    expect(events).toEqual([
      {
        id: 'event:attack-on-ana-costa-2021',
        type: 'attack',
        date: '2021-03-04',
        words: ['nerve agent attack', 'attack'],
      },
    ]);
    expect(facts.sort()).toEqual([
      'OCCURRED_IN event:attack-on-ana-costa-2021 place:lisbon',
      'PARTICIPATED_IN person:ana-costa event:attack-on-ana-costa-2021',
    ]);
    // Another outlet's words for the same attack give the same id.
    expect(incidents('Headline\nThe poisoning of Ana Costa remains unsolved.').events.map((e) => e.id)).toEqual([
      'event:attack-on-ana-costa-2021',
    ]);
  });

  it('reads the place of a headline’s attack by the name the article gives it elsewhere', () => {
    const { events } = incidents(
      'Lisbon nerve agent attack: what we know\nPolice in Lisbon say the attack was planned.',
    );
    expect(events.map((e) => [e.id, e.words])).toEqual([
      ['event:attack-in-lisbon-2021', ['Lisbon nerve agent attack', 'attack']],
    ]);
  });

  it('takes no incident from an attack in words, nor from a verb', () => {
    const text =
      'Headline\nThe attack on the budget was fierce. Lisbon accused Madrid of poisoning the talks. ' +
      'The minister said the attack was unfair.';
    expect(incidents(text).events).toEqual([]);
  });

  it('tells expulsions apart by who expelled whom, and dates each by its own words', () => {
    const { events, facts } = incidents(
      'Headline\nPortugal expelled 12 Spanish diplomats on March 10, four days after the attack on Ana Costa. ' +
        'Spain responded by expelling 12 Portuguese diplomats. The expulsions were the first since 1975.',
    );
    expect(events.filter((e) => e.type === 'expulsion')).toEqual([
      {
        id: 'event:expulsion-of-spain-diplomats-by-portugal-2021',
        type: 'expulsion',
        date: '2021-03-10',
        words: ['expelled 12 Spanish diplomats'],
      },
      {
        id: 'event:expulsion-of-portugal-diplomats-by-spain-2021',
        type: 'expulsion',
        date: undefined,
        words: ['expelling 12 Portuguese diplomats', 'The expulsions'],
      },
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN country:portugal event:expulsion-of-spain-diplomats-by-portugal-2021',
        'PARTICIPATED_IN country:spain event:expulsion-of-portugal-diplomats-by-spain-2021',
      ]),
    );
  });

  it("reads expulsions ordered, of an embassy's staff and in the passive, never placed in the expelled state", () => {
    const { events, facts } = incidents(
      'Headline\nLisbon ordered 18 Spanish diplomats to leave on Saturday. Eighteen Spanish embassy staff were ' +
        'given 48 hours to leave. Madrid answered by expelling 20 employees of the Portuguese embassy.',
    );
    expect(events.filter((e) => e.type === 'expulsion').map((e) => [e.id, e.words])).toEqual([
      [
        'event:expulsion-of-spain-diplomats-by-portugal-2021',
        ['ordered 18 Spanish diplomats', 'Eighteen Spanish embassy staff were given 48 hours to leave'],
      ],
      ['event:expulsion-of-portugal-diplomats-by-spain-2021', ['expelling 20 employees of the Portuguese embassy']],
    ]);
    // "the expulsion of Spanish diplomats" did not happen in Spain.
    expect(facts.filter((f) => f.startsWith('OCCURRED_IN'))).toEqual([]);
    // The passive with no expulsion named before it is no one's.
    expect(
      incidents('Headline\nTen Spanish diplomats were expelled. Portugal expelled 10 Spanish diplomats.').events,
    ).toEqual([expect.objectContaining({ words: ['expelled 10 Spanish diplomats'] })]);
  });

  it('reads "expelling 20 Czechs" as an expulsion of the state\'s diplomats, by whoever answered with it', () => {
    const { events } = incidents(
      'Headline\nPrague expelled 18 Russian diplomats on Saturday. Moscow answered the next day by expelling ' +
        '20 Czechs from the embassy. Czechs and Slovaks protested.',
      '2021-04-24',
    );
    expect(events.filter((e) => e.type === 'expulsion').map((e) => [e.id, e.date, e.words])).toEqual([
      ['event:expulsion-of-russia-diplomats-by-czechia-2021', '2021-04-24', ['expelled 18 Russian diplomats']],
      // "the next day" counts from the story's Saturday, here the article's own day: a day after it
      // is no news yet, so none.
      ['event:expulsion-of-czechia-diplomats-by-russia-2021', undefined, ['expelling 20 Czechs']],
    ]);
  });

  it('takes an attempted poisoning of a person a description names first', () => {
    const { events, facts } = incidents(
      'Headline\nThe GRU is linked to the attempted poisoning of the Bulgarian arms dealer Emilian Gebrev.',
    );
    expect(events.map((e) => [e.id, e.words])).toEqual([['event:attack-on-emilian-gebrev-2021', ['poisoning']]]);
    expect(facts).toEqual(['PARTICIPATED_IN person:emilian-gebrev event:attack-on-emilian-gebrev-2021']);
  });

  it("keys an attack of another year than the article's by the year its words give", () => {
    const { events } = incidents('Headline\nThe 2018 nerve-agent attack on Ana Costa was recalled.');
    expect(events.map((e) => e.id)).toEqual(['event:attack-on-ana-costa-2018']);
  });
});
