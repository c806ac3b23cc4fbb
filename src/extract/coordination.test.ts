import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';

function participants(text: string): string[] {
  const file = extractArticle(
    { text: `Headline\n${text}`, publishedOn: '2015-02-12', origin: 'test.txt' },
    baseGazetteer(),
  );
  const name = new Map(file.entities.map((e) => [e.id, e.name]));
  return file.relationships
    .filter((r) => r.type === 'PARTICIPATED_IN')
    .map((r) => name.get(r.from)!)
    .sort();
}

describe('actors joined by "and"', () => {
  it('reads "she and X" after a speaker as the speaker and X', () => {
    expect(
      participants(
        'Angela Merkel and François Hollande flew in. "We have hope," Merkel said before she and Hollande left ' +
          'for a summit of European Union leaders in Brussels.',
      ),
    ).toEqual(['Angela Merkel', 'François Hollande']);
  });

  it('leaves a pronoun that no speaker comes before alone', () => {
    expect(
      participants(
        'Angela Merkel and François Hollande flew in. Merkel was tired, and later she and Hollande left for a ' +
          'summit of European Union leaders in Brussels.',
      ),
    ).toEqual(['François Hollande']);
  });
});
