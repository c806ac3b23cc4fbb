import { extractedFile, namedFacts } from '../../tests/support/extraction';

function facts(text: string, type: string): string[] {
  return namedFacts(extractedFile(text, '2022-07-23'), type);
}

describe('who signed a text told of as signed', () => {
  const text =
    'The Black Sea Grain Initiative was signed on Friday in Istanbul, in a ceremony hosted by António Guterres. ' +
    'Because Kyiv refused to sign any document with Moscow, Russian Defence Minister Sergei Shoigu and Ukraine’s ' +
    'infrastructure minister, Oleksandr Kubrakov, signed separate texts. Hulusi Akar signed for Turkey.';

  it('reads the people who sign in that sentence or the next two as its issuers', () => {
    expect(facts(text, 'ISSUED')).toEqual([
      'Hulusi Akar -> Black Sea Grain Initiative',
      'Oleksandr Kubrakov -> Black Sea Grain Initiative',
      'Sergei Shoigu -> Black Sea Grain Initiative',
    ]);
  });

  it('has them take part in its signing ceremony', () => {
    expect(facts(text, 'PARTICIPATED_IN')).toEqual(
      expect.arrayContaining(['Oleksandr Kubrakov -> Signing ceremony', 'Sergei Shoigu -> Signing ceremony']),
    );
  });

  it('takes no signer from a sentence far from the signing', () => {
    expect(
      facts(
        'The Black Sea Grain Initiative was signed on Friday. Ships waited. Grain rotted. Prices rose. ' +
          'Sergei Shoigu signed an order on Monday.',
        'ISSUED',
      ),
    ).toEqual([]);
  });
});
