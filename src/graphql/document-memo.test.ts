import { parse } from 'graphql';
import { DocumentMemo } from './document-memo';

describe('DocumentMemo', () => {
  const document = parse('query People($limit: Int) { people(limit: $limit) { id } }');

  it('finds a value under the same document, operation and variables, whatever their key order', () => {
    const memo = new DocumentMemo<number>();
    memo.set(document, { operationName: 'People', variables: { limit: 5, offset: 0 } }, 42);
    expect(memo.get(document, { operationName: 'People', variables: { offset: 0, limit: 5 } })).toBe(42);
  });

  it('keeps other variables, another operation name and another parsed document apart', () => {
    const memo = new DocumentMemo<number>();
    memo.set(document, { operationName: 'People', variables: { limit: 5 } }, 42);
    expect(memo.get(document, { operationName: 'People', variables: { limit: 500 } })).toBeUndefined();
    expect(memo.get(document, { operationName: 'Other', variables: { limit: 5 } })).toBeUndefined();
    expect(memo.get(document, { variables: { limit: 5 } })).toBeUndefined();
    const sameText = parse('query People($limit: Int) { people(limit: $limit) { id } }');
    expect(memo.get(sameText, { operationName: 'People', variables: { limit: 5 } })).toBeUndefined();
  });

  it('keeps at most its bound of variable sets per document, the least recently used dropped first', () => {
    const memo = new DocumentMemo<number>(2);
    memo.set(document, { variables: { limit: 1 } }, 1);
    memo.set(document, { variables: { limit: 2 } }, 2);
    expect(memo.get(document, { variables: { limit: 1 } })).toBe(1);
    memo.set(document, { variables: { limit: 3 } }, 3);
    expect(memo.get(document, { variables: { limit: 2 } })).toBeUndefined();
    expect(memo.get(document, { variables: { limit: 1 } })).toBe(1);
    expect(memo.get(document, { variables: { limit: 3 } })).toBe(3);
  });
});
