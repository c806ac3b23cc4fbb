import { entitiesOf, extractedFile } from '../../tests/support/extraction';

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
