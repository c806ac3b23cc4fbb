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

  it('takes "the press conference" said again for the one named before, not a second', () => {
    const found = occasionsOf('Macron spoke at the press conference. Later, the press conference ended.');
    expect(found.map((m) => m.key)).toEqual(['event:press-conference-abc-1', 'event:press-conference-abc-1']);
  });
});
