import { entitiesOf as entitiesOfFile, extractedFile } from '../../tests/support/extraction';

function entitiesOf(text: string) {
  return entitiesOfFile(extractedFile(text, '2015-02-14'));
}

describe('names inside longer names', () => {
  it('takes a country named inside a known longer name as mentioned, with no other mention', () => {
    const found = entitiesOf('On Friday the US State Department said it was concerned by the reports.');
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'Organization', name: 'US State Department', words: ['US State Department'] },
        { kind: 'Country', name: 'United States', words: ['US'] },
      ]),
    );
  });

  it('leaves other known names inside a longer name alone', () => {
    const found = entitiesOf('The UN Security Council met in New York.');
    expect(found.map((e) => e.name)).not.toContain('United Nations');
  });

  it('takes no country inside the name of a country or a place', () => {
    const found = entitiesOf(
      "Xi Jinping of the People's Republic of China spoke. He flew to New Mexico and Papua New Guinea.",
    );
    expect(found.filter((e) => e.kind === 'Country' || e.kind === 'Place')).toEqual([
      { kind: 'Country', name: 'China', words: ["People's Republic of China"] },
      { kind: 'Place', name: 'New Mexico', words: ['New Mexico'] },
      { kind: 'Country', name: 'Papua New Guinea', words: ['Papua New Guinea'] },
    ]);
  });
});
