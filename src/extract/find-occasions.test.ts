import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';
import { findOccasions } from './find-occasions';

function occasionsOf(text: string) {
  return findOccasions(`Headline\n${text}`, 'abc', []).map((m) => ({ text: m.text, key: m.key }));
}

describe('occasions named without a proper name', () => {
  it('finds them at the start of a sentence as well as inside one', () => {
    expect(
      occasionsOf('The press conference is under way. A telephone call followed. His visit to Paris was short.'),
    ).toEqual([
      { text: 'The press conference', key: 'event:press-conference-abc-2' },
      { text: 'A telephone call', key: 'event:telephone-call-abc-1' },
      { text: 'His visit to Paris', key: 'event:visit-to-paris-abc-3' },
    ]);
  });

  it('finds one round of visits to two places', () => {
    expect(occasionsOf('The two launched the push a week ago with visits to Kyiv and Moscow.')).toEqual([
      { text: 'visits to Kyiv and Moscow', key: 'event:visits-to-kyiv-and-moscow-abc-1' },
    ]);
  });

  it('takes a plenary session for a sitting of a gathering, not a meeting of two', () => {
    const [session] = findOccasions('Headline\n19:30 The plenary session is over.', 'abc', []);
    expect(session?.details?.eventType).toBe('plenary session');
  });

  it('finds a press conference or briefing with words of how it was held, or by whom, before it', () => {
    expect(
      occasionsOf(
        'Biden told a solo press conference. Lavrov gave a hastily arranged news conference. ' +
          'Ortagus spoke at the State Department briefing.',
      ).map((m) => m.text),
    ).toEqual(['a solo press conference', 'a hastily arranged news conference', 'the State Department briefing']);
  });

  it('finds a signing ceremony named by its day or host, a ministerial meeting and a body’s emergency session', () => {
    expect(
      occasionsOf(
        "Leaders attended Tuesday's signing ceremony. Diplomats held a ministerial meeting. " +
          'Russia called an emergency UN Security Council session.',
      ).map((m) => m.text),
    ).toEqual(["Tuesday's signing ceremony", 'a ministerial meeting', 'an emergency UN Security Council session']);
  });

  it('takes "the press conference" said again for the one named before, not a second', () => {
    const found = occasionsOf('Macron spoke at the press conference. Later, the press conference ended.');
    expect(found.map((m) => m.key)).toEqual(['event:press-conference-abc-1', 'event:press-conference-abc-1']);
  });
});

describe('talks and briefings', () => {
  it('takes talks held or lasting for months, a briefing of the press, but not a wish for talks or a briefing paper', () => {
    const found = occasionsOf(
      'The two leaders held talks in Geneva. After two months of talks, the deal was signed. The opposition ' +
        'called for talks. Dujarric told the noon briefing that ships had sailed. The briefing paper leaked.',
    );
    expect(found.map((m) => m.text)).toEqual(['held talks', 'two months of talks', 'the noon briefing']);
  });

  it('takes talks held in an article that names one summit for that summit', () => {
    const summit = {
      start: 10,
      end: 27,
      text: 'the Geneva summit',
      kind: 'Event' as const,
      key: 'event:geneva-summit-2021',
      name: 'Geneva summit',
      confidence: 0.7,
      reason: 'test',
      details: { eventType: 'summit' },
    };
    const [talks] = findOccasions('Headline\nthe Geneva summit began. They held talks for hours.', 'abc', [summit]);
    expect(talks).toMatchObject({ text: 'held talks', key: 'event:geneva-summit-2021' });
    // Talks of hours are the summit's too; talks of months are talks of their own.
    const [hours, months] = findOccasions(
      'Headline\nthe Geneva summit ended after 16 hours of talks. It crowned two months of talks.',
      'abc',
      [summit],
    );
    expect(hours).toMatchObject({ text: '16 hours of talks', key: 'event:geneva-summit-2021' });
    expect(months).toMatchObject({ text: 'two months of talks', key: 'event:talks-abc-1' });
  });
});

describe('meetings', () => {
  it('finds a first four-way meeting, and two people who "met" as "they"', () => {
    const file = extractArticle(
      {
        text:
          'Headline\nPresident Vladimir Putin spoke. President Recep Tayyip Erdoğan spoke too. ' +
          'Putin and Erdoğan discussed the grain corridor when they met in Tehran on Tuesday. ' +
          'The agreements followed a first four-way meeting in Istanbul last week.',
        publishedOn: '2022-07-23',
        origin: 'test.txt',
      },
      baseGazetteer(),
    );
    const events = file.entities.filter((e) => e.kind === 'Event').map((e) => [e.name, e.date?.value]);
    expect(events).toEqual([
      ['Meeting of Recep Tayyip Erdoğan and Vladimir Putin', '2022-07-19'],
      ['Four-way meeting', '2022-07'],
    ]);
  });
});
