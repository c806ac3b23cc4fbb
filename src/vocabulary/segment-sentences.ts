export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A sentence that ends in a middle initial ("Donald J.") continues on the same line. */
const ENDS_WITH_INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;
/** "“Where would I go?” he asks.": a quote's question or exclamation, then its speaker, is one sentence. */
const ENDS_WITH_QUOTED_MARK = /[?!][”"’]$/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * Splits a text into sentences with their offsets, using the runtime's Unicode sentence
 * segmentation (ICU). Line breaks end a sentence, so each paragraph and tweet line stands alone.
 * Surrounding whitespace is left out of each span.
 */
export function segmentSentences(text: string, language = 'en'): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = index + segment.length - segment.trimStart().length;
    const end = start + trimmed.length;
    const previous = spans.at(-1);
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const joinsPrevious =
      previous !== undefined &&
      (ENDS_WITH_INITIAL.test(previousText) ||
        (ENDS_WITH_QUOTED_MARK.test(previousText) && STARTS_LOWER_CASE.test(trimmed))) &&
      !text.slice(previous.end, start).includes('\n');
    if (previous && joinsPrevious) previous.end = end;
    else spans.push({ start, end });
  }
  return spans.map((span, index) => ({ index, ...span, text: text.slice(span.start, span.end) }));
}

/** The sentences a span overlaps, first to last; never empty for a span inside the text. */
export function sentencesOverlapping(sentences: readonly SentenceSpan[], start: number, end: number): SentenceSpan[] {
  // Sentences are in text order and do not overlap: a binary search finds the first one that
  // ends after `start`, so an article's spans cost a logarithm each instead of a scan.
  const first = firstEndingAfter(sentences, start);
  const overlapping: SentenceSpan[] = [];
  for (let index = first; index < sentences.length && sentences[index]!.start < end; index += 1) {
    overlapping.push(sentences[index]!);
  }
  if (overlapping.length > 0) return overlapping;
  // A span of only whitespace between sentences: attribute it to the sentence before it.
  const before = sentences[firstStartingAfter(sentences, start) - 1];
  return before ? [before] : sentences.slice(0, 1);
}

function firstEndingAfter(sentences: readonly SentenceSpan[], at: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sentences[middle]!.end > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

function firstStartingAfter(sentences: readonly SentenceSpan[], at: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sentences[middle]!.start > at) high = middle;
    else low = middle + 1;
  }
  return low;
}
