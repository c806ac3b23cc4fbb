import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';

function eventsOf(text: string, publishedOn = '2021-06-16') {
  const file = extractArticle({ text: `Headline\n${text}`, publishedOn, origin: 'test.txt' }, baseGazetteer());
  const events = file.entities
    .filter((e) => e.kind === 'Event')
    .map((e) => ({ type: e.eventType, date: e.date?.value, words: e.mentions.map((m) => m.text) }));
  const facts = file.relationships
    .filter((r) => r.from.startsWith('event:') || r.to.startsWith('event:'))
    .map((r) => `${r.type} ${r.from.replace(/-[0-9a-f]{8}-\d+$/u, '')} ${r.to.replace(/-[0-9a-f]{8}-\d+$/u, '')}`);
  return { events, facts };
}

describe('events named by a common noun', () => {
  it('takes one when its words say which (a date, a place or a named party), and "the vote" for it', () => {
    const { events, facts } = eventsOf(
      'Diplomats held a vote on Monday. The vote needed nine members. ' +
        'Some still defend the invasion of Iraq. Sunday’s election passed off calmly.',
    );
    expect(events).toEqual([
      { type: 'vote', date: '2021-06-14', words: ['vote', 'vote'] },
      { type: 'invasion', date: undefined, words: ['invasion'] },
      { type: 'election', date: '2021-06-13', words: ['election'] },
    ]);
    expect(facts).toContain('OCCURRED_IN event:invasion country:iraq');
  });

  it('takes none that did not happen ("without a vote at the UN Security Council")', () => {
    expect(eventsOf('Russia sent troops without a vote at the UN Security Council.').events).toEqual([]);
    expect(eventsOf('The vote at the UN Security Council failed.').events).toHaveLength(1);
  });

  it('names one with the words that say which, and keeps two wars of two places apart', () => {
    const file = extractArticle(
      {
        text:
          'Headline\nThe war in Donbas has killed 14,000 people since 2014. The 2020 Nagorno-Karabakh war ended ' +
          'on November 10. Police confirmed the arrest of Alexei Navalny on Sunday.',
        publishedOn: '2020-11-12',
        origin: 'test.txt',
      },
      baseGazetteer(),
    );
    const events = file.entities.filter((e) => e.kind === 'Event');
    expect(events.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['War in Donbas', ['war']],
      ['2020 Nagorno-Karabakh war', ['2020 Nagorno-Karabakh war']],
      ['Arrest of Alexei Navalny', ['arrest']],
    ]);
  });

  it('takes a mutiny or revolt whose owner the possessive names, and "the revolt" for it', () => {
    const { events } = eventsOf("Yevgeny Prigozhin's mutiny ended. The revolt had lasted a day.", '2023-06-25');
    expect(events.map((e) => [e.type, e.words])).toEqual([['mutiny', ['mutiny', 'revolt']]]);
  });

  it('takes a story’s happening told again and again by its bare noun, but not a measure so told', () => {
    const { events } = eventsOf(
      'Putin was ready to crush the rebellion. The organisers of the rebellion betrayed the country. ' +
        'The withdrawal is to begin soon; the withdrawal will be verified.',
      '2023-06-27',
    );
    expect(events.map((e) => [e.type, e.words])).toEqual([['mutiny', ['rebellion', 'rebellion']]]);
    expect(eventsOf('Putin was ready to crush the rebellion.').events).toEqual([]);
  });

  it('takes whose arrest or release it is', () => {
    const { facts } = eventsOf('Protesters demanded the release of Alexei Navalny.');
    expect(facts).toEqual(['PARTICIPATED_IN person:alexei-navalny event:release']);
  });

  it('takes none with nothing to say which one, nor a press release', () => {
    expect(eventsOf('The vote was close. A protest is planned. She issued a press release on Monday.').events).toEqual(
      [],
    );
  });
});
