import type { ArticleFile } from '../vocabulary/article-file-schema';
import { offsetMap, remapArticleFile } from './offset-map';

const gold = 'Headline\nByline\nPutin met Lavrov.\nLavrov spoke.';
const read = 'Putin met Lavrov.\nSign up for our newsletter\nLavrov spoke.\nHeadline';

describe('offsetMap', () => {
  const map = offsetMap(read, gold);

  it('moves an offset to the same character of the gold text, line by line', () => {
    expect(gold.slice(map(read.indexOf('Lavrov')), map(read.indexOf('Lavrov') + 6))).toBe('Lavrov');
    const second = read.indexOf('Lavrov spoke');
    expect(map(second)).toBe(gold.indexOf('Lavrov spoke'));
  });

  it('maps a line the reader moved, wherever it is in the gold text', () => {
    expect(map(read.indexOf('Headline'))).toBe(0);
  });

  it('maps nothing in a line that is not in the gold text', () => {
    expect(map(read.indexOf('newsletter'))).toBeUndefined();
  });
});

describe('remapArticleFile', () => {
  it('moves mentions and quotes into the gold text, and lands unmapped spans nowhere', () => {
    const at = (words: string) => ({
      start: read.indexOf(words),
      end: read.indexOf(words) + words.length,
      text: words,
    });
    const file: ArticleFile = {
      article: {
        id: 'a',
        title: 't',
        textFile: 't.txt',
        publishedOn: '2018-03-14',
        language: 'en',
        source: { name: 'S' },
        extracted: true,
      },
      entities: [
        { id: 'person:lavrov', kind: 'Person', name: 'Lavrov', aliases: [], mentions: [at('Lavrov spoke')] },
        { id: 'concept:newsletter', kind: 'Concept', name: 'newsletter', aliases: [], mentions: [at('newsletter')] },
      ],
      relationships: [],
      claims: [],
      quotes: [{ id: 'quote:q', speaker: null, ...at('Putin met'), about: [], expresses: [] }],
    };
    const moved = remapArticleFile(file, offsetMap(read, gold));
    const [lavrov, newsletter] = moved.entities;
    expect(gold.slice(lavrov!.mentions[0]!.start, lavrov!.mentions[0]!.end)).toBe('Lavrov spoke');
    expect(newsletter!.mentions[0]).toMatchObject({ start: -1, end: -1 });
    expect(gold.slice(moved.quotes[0]!.start, moved.quotes[0]!.end)).toBe('Putin met');
  });
});
