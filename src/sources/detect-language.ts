import { detect } from 'tinyld';

/** Texts with fewer words are never rejected on language detection alone: detection is unreliable there. */
export const MIN_WORDS_TO_JUDGE_LANGUAGE = 20;

/**
 * Common English function words. Detection by character n-grams can mistake English heavy with
 * foreign names ("Bundesbank President Joachim Nagel said…") for another language; English prose
 * is a third or more such words, other languages almost none.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to in a an is are was were be been has have had it its that this for on with as by at ' +
    'from he she his her they their but not or said says after who which would will'
  ).split(' '),
);
const ENGLISH_FUNCTION_WORD_SHARE = 0.2;

/** Detection looks at the start of long texts only; an article's language shows within it. */
const SAMPLE_CHARACTERS = 10_000;

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

export interface DetectedLanguage {
  /** ISO 639-1 code, or 'und' when the text is too short to tell or detection gives no answer. */
  language: string;
  /** Words in the sample; below MIN_WORDS_TO_JUDGE_LANGUAGE the language is a guess. */
  words: number;
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(sample)) {
    if (segment.isWordLike === true) words.push(segment.segment.toLowerCase());
  }
  const functionWords = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  if (words.length > 0 && functionWords / words.length >= ENGLISH_FUNCTION_WORD_SHARE) {
    return { language: 'en', words: words.length };
  }
  if (words.length < MIN_WORDS_TO_JUDGE_LANGUAGE) return { language: 'und', words: words.length };
  return { language: detect(sample) || 'und', words: words.length };
}
