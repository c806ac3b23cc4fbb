import { extractedFile, namedFacts, namedQuotes } from '../../tests/support/extraction';

/** The ABOUT facts the extractor reads from `text`, by the names of their ends. */
function aboutFacts(text: string): string[] {
  return namedFacts(extractedFile(text, '2022-07-25'), 'ABOUT');
}

describe('what a document provides for', () => {
  it('reads the places and bodies in a sentence that opens on a document as what it is about', () => {
    expect(
      aboutFacts(
        'On the Black Sea Grain Initiative: the Joint Coordination Centre in Istanbul will be inaugurated on Wednesday.',
      ),
    ).toEqual(['Black Sea Grain Initiative -> Joint Coordination Centre']);
  });

  it('reads the places in a list of a document’s points, "its" being the one named just before', () => {
    expect(
      aboutFacts(
        'What is in the Minsk Protocol? Its nine points, in brief: troops stay where they are; and the Kursk ' +
          'nuclear power station stays shut.',
      ),
    ).toEqual(['Minsk Protocol -> Kursk nuclear power station']);
  });

  it('reads nothing from a sentence that only names a document', () => {
    expect(aboutFacts('The Minsk Protocol was signed by the Joint Coordination Centre.')).toEqual([]);
  });

  it('gives a scare quote in a paragraph that opens on a document to the document', () => {
    const text =
      'Under the Minsk Protocol, both sides are to pull heavy weapons back. All hostages are to be ' +
      'released on an "all for all" basis.\nThe rebels called it "a farce".';
    expect(namedQuotes(extractedFile(text, '2015-02-12'))).toEqual([
      ['all for all', 'Minsk Protocol'],
      ['a farce', null],
    ]);
  });
});
