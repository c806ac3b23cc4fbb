import { extractArticle } from './extract-article';
import { findDates } from './find-dates';
import { baseGazetteer } from './gazetteer';

function eventsOf(text: string, publishedOn = '2020-11-12') {
  const file = extractArticle({ text: `Headline\n${text}`, publishedOn, origin: 'test.txt' }, baseGazetteer());
  const names = new Map(file.entities.map((e) => [e.id, e.name]));
  const events = file.entities
    .filter((e) => e.kind === 'Event')
    .map((e) => ({ type: e.eventType, name: e.name, date: e.date?.value, words: e.mentions.map((m) => m.text) }));
  const facts = file.relationships
    .filter((r) => r.from.startsWith('event:') || r.to.startsWith('event:'))
    .map((r) => `${r.type} ${names.get(r.from)} ${names.get(r.to)}`);
  return { events, facts };
}

describe('events told by their verb, in the passive or of what fell', () => {
  it('takes an ambassador summoned by title and name, and a minister "sworn in as" after a name', () => {
    const { events, facts } = eventsOf(
      'Czech Ambassador Vítězslav Pivoňka was summoned to the ministry on Sunday. Jakub Kulhánek, sworn in as ' +
        'foreign minister on Wednesday, gave Moscow a deadline.',
      '2021-04-24',
    );
    expect(events.map((e) => [e.type, e.name, e.date])).toEqual([
      ['summoning', 'Summoning of Czech Ambassador Vítězslav Pivoňka', '2021-04-18'],
      ['inauguration', 'Inauguration', '2021-04-21'],
    ]);
    expect(facts).toContain('PARTICIPATED_IN Jakub Kulhánek Inauguration');
    // The ambassador summoned takes part; two ambassadors summoned are two summonings.
    expect(facts).toContain('PARTICIPATED_IN Vítězslav Pivoňka Summoning of Czech Ambassador Vítězslav Pivoňka');
    const two = eventsOf(
      'Czech Ambassador Vítězslav Pivoňka was summoned on Sunday. Moscow also summoned the British ambassador ' +
        'Laurie Bristow on Monday.',
      '2021-04-20',
    );
    expect(two.events.map((e) => e.name)).toEqual([
      'Summoning of Czech Ambassador Vítězslav Pivoňka',
      'Summoning of the British ambassador',
    ]);
    expect(two.facts).toContain('PARTICIPATED_IN Laurie Bristow Summoning of the British ambassador');
  });

  it('takes an ambassador summoned and a town that fell, but not prices, nor flows to a place, that fell', () => {
    const { events } = eventsOf(
      'The Czech ambassador was summoned to the foreign ministry on Sunday. The war turned when Shusha fell ' +
        'on November 8. Prices fell in October. It fell to Macron to speak. Gas flows to Europe fell. Exports ' +
        'from Odesa fell in July.',
    );
    expect(events).toEqual([
      { type: 'summoning', name: 'Summoning of the Czech ambassador', date: '2020-11-08', words: ['was summoned'] },
      { type: 'capture', name: 'Capture of Shusha', date: '2020-11-08', words: ['fell'] },
    ]);
  });
});

describe('withdrawals, rallies and counted exchanges', () => {
  it('takes troops pulled back, a rally where and when it was, and a swap of counted detainees', () => {
    const { events, facts } = eventsOf(
      'A swap of 35 detainees on each side took place in September. Troops were pulled back in November. ' +
        'Tens of thousands rallied on Independence Square on Sunday. The rally ended peacefully. He marched off.',
      '2019-12-09',
    );
    expect(events).toEqual([
      { type: 'exchange', name: 'Swap', date: '2019-09', words: ['swap'] },
      { type: 'withdrawal', name: 'Withdrawal of troops', date: '2019-11', words: ['were pulled back'] },
      { type: 'protest', name: 'Protest', date: '2019-12-08', words: ['rallied', 'rally'] },
    ]);
    expect(facts).toEqual(['OCCURRED_IN Protest Independence Square']);
  });
});

describe('events told by their verb', () => {
  it('takes a verb with what it acts on, and names an unknown place it acts on', () => {
    const { events, facts } = eventsOf(
      'Russia, which annexed Crimea in 2014, denies it. The decisive blow came on Sunday, when Azerbaijani ' +
        'troops took Shusha. On Monday an Azerbaijani missile brought down a Russian Mi-24 helicopter over Armenian territory.',
    );
    expect(events).toEqual([
      { type: 'annexation', name: 'Annexation of Crimea', date: '2014', words: ['annexed'] },
      { type: 'capture', name: 'Capture of Shusha', date: '2020-11-08', words: ['took'] },
      { type: 'downing', name: 'Downing of a Russian Mi-24 helicopter', date: '2020-11-09', words: ['brought down'] },
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        'OCCURRED_IN Downing of a Russian Mi-24 helicopter Armenia',
        'OCCURRED_IN Annexation of Crimea Crimea',
        'OCCURRED_IN Capture of Shusha Shusha',
        'PARTICIPATED_IN Azerbaijan Capture of Shusha',
      ]),
    );
  });

  it('takes where a verb acted past the kind of place named before it ("from the frontline village of")', () => {
    const { facts } = eventsOf(
      'In November, troops were pulled back from the frontline village of Petrivske.',
      '2019-12-09',
    );
    expect(facts).toContain('OCCURRED_IN Withdrawal of troops Petrivske');
  });

  it('takes a speech to a gathered audience with its speaker and place, but not remarks to reporters or MPs', () => {
    const { events, facts } = eventsOf(
      'Alexander Lukashenko told officers in Minsk on Tuesday that Prigozhin had arrived. Vladimir Putin told ' +
        'troops on Cathedral Square on Tuesday that they had stopped a civil war. Dmitry Peskov told reporters ' +
        'nothing, and Theresa May told MPs little.',
      '2023-06-27',
    );
    expect(events.map((e) => [e.type, e.name, e.date])).toEqual([
      ['speech', 'Address to officers', '2023-06-27'],
      ['speech', 'Address to troops', '2023-06-27'],
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN Alexander Lukashenko Address to officers',
        'OCCURRED_IN Address to officers Minsk',
        'PARTICIPATED_IN Vladimir Putin Address to troops',
        'OCCURRED_IN Address to troops Cathedral Square',
      ]),
    );
  });

  it('takes a speech to a body or a televised address, each with its speaker, two speakers two speeches', () => {
    const { events, facts } = eventsOf(
      'In a statement to the House of Commons, Theresa May said the 23 had one week to leave. Vladimir Putin ' +
        'answered in a televised address. Emmanuel Macron spoke later in a televised address.',
      '2018-03-14',
    );
    expect(events.map((e) => [e.name, e.words])).toEqual([
      ['Statement', ['statement']],
      ['Televised address', ['televised address']],
      ['Televised address', ['televised address']],
    ]);
    expect(facts).toEqual([
      'PARTICIPATED_IN Theresa May Statement',
      'PARTICIPATED_IN Vladimir Putin Televised address',
      'PARTICIPATED_IN Emmanuel Macron Televised address',
    ]);
    // A statement with no body it is made to is the document's business, not a speech.
    expect(eventsOf('Theresa May said in a statement that Britain would act.').events).toEqual([]);
  });

  it('takes a leader who addressed the nation for a speech of its own', () => {
    const { events, facts } = eventsOf('Vladimir Putin addressed the nation on Saturday.', '2023-06-24');
    expect(events).toEqual([
      { type: 'speech', name: 'Address to the nation', date: '2023-06-24', words: ['addressed the nation'] },
    ]);
    expect(facts).toEqual(['PARTICIPATED_IN Vladimir Putin Address to the nation']);
  });

  it('takes aircraft downed in the plural, with no determiner, but not prices that shot down', () => {
    const { events } = eventsOf(
      'Airmen died when Wagner units downed helicopters and a command plane. Prices shot down quickly.',
      '2023-06-27',
    );
    expect(events.map((e) => [e.type, e.name, e.words])).toEqual([['downing', 'Downing of helicopters', ['downed']]]);
  });

  it('leaves a verb alone when its words do not say it is one', () => {
    const { events } = eventsOf(
      'He took Shusha seriously as a topic. The news hit Moscow hard. Protesters took part. Officials invaded our privacy.',
    );
    expect(events).toEqual([]);
  });

  it('takes a verb said again and "the strike" for the strike told before, and dates "the ceasefire of 1994"', () => {
    const { events } = eventsOf(
      'Russian missiles struck the port of Odesa on Saturday. Two cruise missiles hit port infrastructure. ' +
        'Zelensky called the strike barbaric. ' +
        'Armenia held the districts since the ceasefire of 1994.',
      '2022-07-23',
    );
    expect(events).toEqual([
      { type: 'strike', name: 'Strike of Odesa', date: '2022-07-23', words: ['struck', 'hit', 'strike'] },
      { type: 'ceasefire', name: 'Ceasefire', date: '1994', words: ['ceasefire'] },
    ]);
  });
});

describe('an event named twice', () => {
  it('is one when nothing tells the two apart, and two when their day does', () => {
    const { events } = eventsOf(
      "Saturday's missile strike on Odesa was condemned. Moscow says Saturday's strike hit a warship. " +
        "Monday's strike on Kharkiv followed.",
      '2022-07-25',
    );
    expect(events.map((e) => [e.type, e.date, e.words])).toEqual([
      ['strike', '2022-07-23', ['missile strike', 'strike']],
      ['strike', '2022-07-25', ['strike']],
    ]);
  });
});

describe('a war', () => {
  it('is an event named by its place, not the long conflict a demonym names', () => {
    const { events } = eventsOf('Refugees fled the war in Donbas. Analysts still debate the Syrian war.');
    expect(events.map((e) => [e.type, e.words])).toEqual([['war', ['war']]]);
  });
});

describe('a weekday without "last" or "next"', () => {
  const read = (text: string, publishedOn: string) => findDates(text, publishedOn).map((d) => d.value);

  it('is the last such day on or before the article’s day, or the next one when its clause is in the future', () => {
    // 2020-11-12 is a Thursday.
    expect(read('The town fell on Sunday.', '2020-11-12')).toEqual(['2020-11-08']);
    expect(read('The centre will be inaugurated on Sunday.', '2020-11-12')).toEqual(['2020-11-15']);
    expect(read('On Monday, the leaders will meet again.', '2020-11-12')).toEqual(['2020-11-16']);
    expect(read('She said she would meet Pompeo on Monday.', '2020-11-12')).toEqual(['2020-11-16']);
    expect(read('Putin met Erdogan on Tuesday, and he will travel later.', '2020-11-12')).toEqual(['2020-11-10']);
    expect(read('He held the briefing on Thursday.', '2020-11-12')).toEqual(['2020-11-12']);
  });
});
