import { entityId } from '../vocabulary/normalize-id';
import { isEnglishWord } from './english-words';
import type { Mention } from './mention';
import { isPersonNoun } from './person-nouns';
import { SpanIndex } from './span-index';
import { MONTH_OR_WEEKDAY } from './calendar-words';

// "a senior fellow at Carnegie Europe", "an analyst with Eurasia Group": where a person works.
const WORKS_AT =
  /(?<![\p{L}])(\p{Ll}+)[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:of|for|on|and)[ \t]+)?\p{Lu}[\p{L}’'-]*){0,5})(?![\p{L}])/gu;
// "Laurence Broers of Chatham House": a named person's body, in two words or more.
const OF_BODY =
  /^[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:of|for|on|and)[ \t]+)?\p{Lu}[\p{L}’'-]*){1,5})(?![\p{L}])/u;
const PLACE_HEADS =
  /^(?:City|Town|Village|Island|Islands|Valley|County|Province|Region|District|State|Bay|Beach|Hills?|Heights|Park|Square|Street|Coast|Mountains?|Lake|River)$/;

/**
 * Organizations named as where a person works, that no word of their own marks as a body: "a
 * fellow at Carnegie Europe", "Laurence Broers of Chatham House". Names the gazetteer or the
 * people finder already took, and places the NLP tagger knows after a person's name, are left.
 */
export function findAffiliations(
  text: string,
  known: readonly Mention[],
  placeTerms: readonly { start: number; end: number }[],
): Mention[] {
  const knownIndex = new SpanIndex(known);
  const places = new SpanIndex(placeTerms);
  const found = new Map<number, Mention>();
  const take = (start: number, words: string, why: string) => {
    const span = { start, end: start + words.length };
    if (MONTH_OR_WEEKDAY.test(words.split(/\s+/)[0]!) || knownIndex.overlapping(span).length > 0) return;
    found.set(start, {
      ...span,
      text: words,
      kind: 'Organization',
      key: entityId('Organization', words),
      name: words,
      confidence: 0.6,
      reason: why,
    });
  };
  for (const match of text.matchAll(WORKS_AT)) {
    if (!isPersonNoun(match[1]!)) continue;
    const words = match[2]!;
    take(match.index + match[0].length - words.length, words, `where a ${match[1]} works ("${match[0]}")`);
  }
  for (const person of known.filter((m) => m.kind === 'Person' && /\s/.test(m.text))) {
    const body = OF_BODY.exec(text.slice(person.end, person.end + 80));
    if (!body) continue;
    const start = person.end + body[0].length - body[1]!.length;
    // "Chatham House" is a body though the tagger takes it for a place: its last word is a
    // common noun that names no kind of place.
    const last = body[1]!.split(/\s+/).at(-1)!;
    const placeLike = !isEnglishWord(last) || PLACE_HEADS.test(last);
    if (placeLike && places.overlapping({ start, end: start + body[1]!.length }).length > 0) continue;
    take(start, body[1]!, `${person.name}'s body ("${text.slice(person.start, start + body[1]!.length)}")`);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
