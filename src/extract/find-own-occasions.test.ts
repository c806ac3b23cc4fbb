import { extractedFile, namedFacts } from '../../tests/support/extraction';

describe('a gathering the article calls the subject’s own', () => {
  it('had for participants the two people the sentence opens on, past a dateline', () => {
    const file = extractedFile(
      'TOKYO, March 16 (Wire) - Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol ' +
        'agreed on Thursday to resume visits at their first summit in Tokyo in 12 years.',
      '2023-03-16',
    );
    expect(namedFacts(file, 'PARTICIPATED_IN')).toEqual([
      'Fumio Kishida -> Tokyo summit',
      'Yoon Suk Yeol -> Tokyo summit',
    ]);
  });

  it('is not the one person named before "their" gathering', () => {
    const file = extractedFile(
      'Officials said Joe Biden would call both leaders after their first summit in Tokyo in 12 years.',
      '2023-03-16',
    );
    expect(namedFacts(file, 'PARTICIPATED_IN')).toEqual([]);
  });
});
