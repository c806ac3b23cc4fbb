import nlp from 'compromise';
import { findDates, type FoundDate } from './find-dates';

/** A span of the text, in UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * What the extractor reads from an article's text alone, before any gazetteer: the NLP tagger's
 * people, plurals, places and verbs, and the dates. It is most of an article's extraction time and
 * depends on nothing a run learns, so it can be computed on another thread (extraction-pool.ts)
 * while earlier articles are linked to the graph. Plain data, so it crosses threads as it is.
 */
export interface TextAnalysis {
  personTerms: TextSpan[];
  pluralTerms: TextSpan[];
  placeTerms: TextSpan[];
  /** Words it tags as verbs: a capital next to one acts ("Moscow failed", "blaming Moscow"). */
  verbTerms: TextSpan[];
  dates: FoundDate[];
  /** How long it took, so that it counts against the article's time budget wherever it ran. */
  elapsedMs: number;
}

/** Tags the text and finds its dates, read against the publication day (YYYY-MM-DD). */
export function analyzeText(
  text: string,
  publishedOn: string,
  now: () => number = () => performance.now(),
): TextAnalysis {
  const started = now();
  const tagged = nlp(text);
  const termSpans = (pattern: string): TextSpan[] => {
    const found = tagged.match(pattern).json({ offset: true }) as { offset: { start: number; length: number } }[];
    return found.map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length }));
  };
  return {
    personTerms: termSpans('#Person+'),
    pluralTerms: termSpans('#Plural'),
    placeTerms: termSpans('#Place+'),
    verbTerms: termSpans('#Verb'),
    dates: findDates(text, publishedOn),
    elapsedMs: now() - started,
  };
}
