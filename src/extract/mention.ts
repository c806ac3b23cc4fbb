import { createHash } from 'node:crypto';
import { slugify } from '../vocabulary/normalize-id';
import type { EntityKind } from '../vocabulary/relationship-types';
import type { GazetteerEntry } from './gazetteer';

/** Details an extracted entity may carry, by kind (see docs/article-file.md). */
export interface EntityDetails {
  organizationType?: string;
  placeType?: 'city' | 'region' | 'zone';
  documentType?: string;
  number?: string;
  handle?: string;
  eventType?: string;
}

/**
 * Words in the text taken to name an entity. Mentions with the same `key` become one entity;
 * `reason` says why the words were taken for that entity, and is kept in the graph.
 */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  key: string;
  name: string;
  confidence: number;
  reason: string;
  /** The gazetteer entry (base list or graph) the mention matched, if any. */
  entry?: GazetteerEntry;
  /** Words that only refer back to something named before ("the summit", "the attack"). */
  refersBack?: boolean;
  details?: EntityDetails;
  /** The year an event's own words give ("the 2014 explosions"): its date when nothing nearer dates it. */
  statedYear?: { start: number; end: number; text: string };
}

/**
 * A fact a finder reads from the words that tell of something (an incident, an event's verb or
 * noun, a document's terms, a signing): who took part in it (and how), where it happened, what a
 * text is about, who issued it. `findRelations` writes them with the relations it finds itself.
 */
export interface StatedFact {
  type: 'PARTICIPATED_IN' | 'OCCURRED_IN' | 'PART_OF' | 'ABOUT' | 'ISSUED';
  from: Mention | string;
  to: Mention | string;
  evidence: { start: number; end: number };
  role?: string;
}

/** Whether a country's mention is its demonym ("Russian"), which qualifies rather than names it. */
export function isDemonym(mention: Mention): boolean {
  return mention.entry?.demonyms.includes(mention.text) ?? false;
}

/** Words that name again what `earlier` names ("the press conference", "the strike"): its mention, at these words. */
export function referringBack(
  earlier: Mention,
  span: { start: number; end: number },
  text: string,
  confidence: number,
  reason: string,
): Mention {
  const { start, end } = span;
  return { ...earlier, start, end, text: text.slice(start, end), confidence, reason, refersBack: true };
}

/** The span from the first start of two spans to the last end. */
export function spanOver(
  a: { start: number; end: number },
  b: { start: number; end: number },
): { start: number; end: number } {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** "summit" → "Summit": the name a common noun gives an entity. */
export function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether two spans share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Regular-expression source that matches any of the phrases literally, longest first. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .filter((phrase) => phrase.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** A concept named by some words of the text: its id is its name's. */
export function conceptMention(
  start: number,
  words: string,
  name: string,
  reason: string,
  confidence: number,
): Mention {
  return {
    start,
    end: start + words.length,
    text: words,
    kind: 'Concept',
    key: `concept:${slugify(name)}`,
    name,
    confidence,
    reason,
  };
}

/** After a demonym, the words that make it a place: "over Armenian territory", "on Turkish soil". */
export const TERRITORY_AFTER = /^\s+(?:territory|soil|airspace|waters)(?![\p{L}])/u;

/**
 * The first place or country named within `reach` after `from` with only the words `between`
 * allows before it ("over Armenia", "from the frontline village of Petrivske"); a demonym only
 * when a territory follows it ("over Armenian territory").
 */
export function placeAfter(
  text: string,
  from: number,
  known: readonly Mention[],
  reach: number,
  between: RegExp,
): Mention | undefined {
  return known.find(
    (m) =>
      (m.kind === 'Place' || m.kind === 'Country') &&
      m.start > from &&
      m.start - from <= reach &&
      between.test(text.slice(from, m.start)) &&
      (!isDemonym(m) || TERRITORY_AFTER.test(text.slice(m.end, m.end + 12))),
  );
}

/** A word boundary that also works next to non-ASCII letters. */
export const BEFORE_WORD = '(?<![\\p{L}\\p{N}])';
export const AFTER_WORD = '(?![\\p{L}\\p{N}])';

/** Eight hex digits that tell one article's (or tweet's) own things from another's. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

// Capitalised words that open a phrase without being part of a name after them.
const PHRASE_OPENER =
  /^(?:The|A|An|In|At|From|To|Near|Outside|Inside|Around|Across|Into|And|But|For|Of|On|By|Over|After|Before|While|When|Since|As)$/u;

/**
 * Whether words are part of a longer name: a capitalised word next to them that opens no phrase
 * ("Carnegie Europe", "Geneva Conventions"; not "In Europe").
 */
export function partOfLongerName(text: string, span: { start: number; end: number }): boolean {
  const wordBefore = /(\p{L}[\p{L}’'-]*)[ \t]+$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  return (
    (wordBefore !== undefined && /^\p{Lu}/u.test(wordBefore) && !PHRASE_OPENER.test(wordBefore)) ||
    /^[ \t]+\p{Lu}/u.test(text.slice(span.end, span.end + 3))
  );
}
