import { extractedFile, namedFacts } from '../../tests/support/extraction';

/** Who took part in something, by name. */
function participants(text: string): string[] {
  return namedFacts(extractedFile(text, '2015-02-12'), 'PARTICIPATED_IN')
    .map((fact) => fact.split(' -> ')[0]!)
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

  it("leaves a pronoun alone when no speaker's verb comes before it", () => {
    expect(
      participants(
        'Angela Merkel and François Hollande flew in. Merkel was tired, and later she and Hollande left for a ' +
          'summit of European Union leaders in Brussels.',
      ),
    ).toEqual(['François Hollande']);
  });
});
