import { segmentSentences, sentencesOverlapping } from '../../src/vocabulary/segment-sentences';

describe('sentence segmentation', () => {
  it('gives each sentence its exact offsets in the text', () => {
    const text = 'Putin spoke. Trump agreed!\nA new paragraph?';
    const sentences = segmentSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Putin spoke.', 'Trump agreed!', 'A new paragraph?']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not end a sentence at a middle initial', () => {
    const text = '— Donald J. Trump (@realDonaldTrump) November 12, 2017';
    expect(segmentSentences(text).map((sentence) => sentence.text)).toEqual([text]);
  });

  it('keeps a quoted question or exclamation with the speaker after it', () => {
    const text = '“Where would I go?” he asks. “Never!” She left.';
    expect(segmentSentences(text).map((sentence) => sentence.text)).toEqual([
      '“Where would I go?” he asks.',
      '“Never!”',
      'She left.',
    ]);
  });

  it('ends a sentence at a line break even without punctuation', () => {
    const text = 'Headline without a full stop\nThe body starts here.';
    expect(segmentSentences(text)).toHaveLength(2);
  });

  it('finds the sentences a span overlaps', () => {
    const sentences = segmentSentences('One. Two. Three.');
    expect(sentencesOverlapping(sentences, 2, 7).map((sentence) => sentence.text)).toEqual(['One.', 'Two.']);
    expect(sentencesOverlapping(sentences, 10, 15).map((sentence) => sentence.text)).toEqual(['Three.']);
  });
});
