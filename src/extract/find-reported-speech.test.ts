import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';

const claimsOf = (text: string) =>
  extractArticle({ text: `Headline\n${text}`, publishedOn: '2024-11-04', origin: 'test.txt' }, baseGazetteer())
    .claims.filter((claim) => claim.assertedBy.length > 0)
    .map((claim) => [claim.assertedBy[0], claim.text]);

describe('reported speech', () => {
  it.each([
    [
      'X, describing words, said <clause>',
      'Interior Minister Rui Lopes, speaking in Porto, said on Monday that the government was ready.',
      ['person:rui-lopes', 'the government was ready'],
    ],
    [
      '<clause>, X said',
      'The storm will reach the coast by midnight, Ana Costa said.',
      ['person:ana-costa', 'The storm will reach the coast by midnight'],
    ],
    [
      'According to X, <clause>',
      'According to Ana Costa, the storm will reach the coast by midnight.',
      ['person:ana-costa', 'the storm will reach the coast by midnight'],
    ],
    [
      'X, who leads Y, said <clause>',
      'Alberto Feijoo, who leads the Popular Party, said the warnings had come too late.',
      ['person:alberto-feijoo', 'the warnings had come too late'],
    ],
  ])('takes the claim of %s', (_, text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it('leaves quotes to the quotes, a pronoun to no one, and a few words alone', () => {
    expect(claimsOf('He said the government was ready. Rui Lopes said so.')).toEqual([]);
    expect(claimsOf('"We are ready," Rui Lopes said.')).toEqual([['person:rui-lopes', 'We are ready']]);
  });
});
