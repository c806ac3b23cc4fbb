import { entitiesOf, extractedFile, namedFacts } from '../../tests/support/extraction';

describe('the article’s own statement', () => {
  it('is not a text of another kind named before a statement someone issued', () => {
    const file = extractedFile(
      'Joe Biden welcomed the deal at the White House. Netanyahu’s cabinet voted to accept the proposal, his ' +
        'office said in a statement.',
      '2021-05-21',
    );
    expect(entitiesOf(file).filter((e) => e.kind === 'Document')).toEqual([
      { kind: 'Document', name: 'Statement', words: ['a statement'] },
    ]);
  });
});

describe('a readout', () => {
  it('named by the body before it is that body’s, issued by it; "the readout" is the last one named', () => {
    const file = extractedFile(
      'Biden spoke with Xi Jinping. A White House readout said the call was candid. The Kremlin readout said ' +
        'more. The readout added that it was useful.',
      '2024-04-02',
    );
    expect(entitiesOf(file).filter((e) => e.kind === 'Document')).toEqual([
      { kind: 'Document', name: 'White House readout', words: ['A White House readout'] },
      { kind: 'Document', name: 'Kremlin readout', words: ['The Kremlin readout', 'The readout'] },
    ]);
    expect(namedFacts(file, 'ISSUED')).toEqual(['Kremlin -> Kremlin readout', 'White House -> White House readout']);
  });
});
