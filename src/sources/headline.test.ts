import { headlineOf } from './headline';

describe('the headline of a plain text', () => {
  it('is the first line when it reads as a headline', () => {
    expect(headlineOf('Leaders agree on Syria text\nThe presidents of …')).toBe('Leaders agree on Syria text');
  });

  it('is not a first line that is a paragraph: the opening words of its first sentence stand for it', () => {
    const paragraph =
      'The presidents of the United States and Russia agreed on Saturday that the conflict in Syria has no ' +
      'military solution, in a statement issued in Vietnam. Officials welcomed it.';
    expect(headlineOf(`${paragraph}\nMore text.`)).toBe(
      'The presidents of the United States and Russia agreed on Saturday that…',
    );
  });

  it('keeps a short first sentence whole', () => {
    expect(headlineOf('Talks resumed. Both sides met for an hour and agreed to meet again next week in Geneva.')).toBe(
      'Talks resumed.',
    );
  });
});
