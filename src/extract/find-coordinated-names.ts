import { entityId } from '../vocabulary/normalize-id';
import { isEnglishWord } from './english-words';
import type { Mention } from './mention';
import { SpanIndex } from './span-index';

// "in Donetsk and Luhansk", "between Gazprom and Naftogaz": one capitalised word after "and".
const AND_NAME_AFTER = /^\s+and\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/u;
// "from Odesa, Chornomorsk and Pivdennyi": a list of one-word names after one.
const LIST_AFTER = /^((?:,\s+\p{Lu}[\p{L}’'-]+)+),?\s+and\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/u;
// "the Odesa, Chornomorsk and Pivdennyi ports": names a plural kind of place follows (areas,
// "the Agdam and Lachin districts", are find-places' regions).
const PLACES_OF_A_KIND =
  /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]+,\s+)+\p{Lu}[\p{L}’'-]+,?\s+and\s+\p{Lu}[\p{L}’'-]+)\s+(?:towns|cities|villages|ports)(?![\p{L}])/gu;
// "Luhansk and Donetsk": one before.
const NAME_AND_BEFORE = /(?<![\p{L}’'-]|\p{Lu}[\p{L}’'-]*\s)(\p{Lu}[\p{L}’'-]+)\s+and\s+$/u;
const COORDINATED_KINDS: ReadonlySet<string> = new Set(['Place', 'Organization']);

/**
 * A name joined by "and" to a place or organization the article names is another of that kind,
 * when it is one word that is no English word and no other name ("Donetsk and Luhansk", "Gazprom
 * and Naftogaz"), as a name joined to a person's is a person; so is each name of a list after one
 * ("Odesa, Chornomorsk and Pivdennyi"), and each of a list a plural kind of place follows ("the
 * Odesa, Chornomorsk and Pivdennyi ports").
 */
export function findCoordinatedNames(text: string, known: readonly Mention[]): Mention[] {
  const index = new SpanIndex(known);
  const found = new Map<number, Mention>();
  const add = (start: number, words: string, kind: Mention['kind'], reason: string) => {
    const span = { start, end: start + words.length };
    if (isEnglishWord(words) || index.overlapping(span).length > 0 || found.has(start)) return;
    found.set(start, { ...span, text: words, kind, key: entityId(kind, words), name: words, confidence: 0.55, reason });
  };
  for (const mention of known.filter((m) => COORDINATED_KINDS.has(m.kind))) {
    const list = LIST_AFTER.exec(text.slice(mention.end, mention.end + 120));
    if (list)
      for (const name of list[0].matchAll(/\p{Lu}[\p{L}’'-]+/gu))
        add(
          mention.end + name.index,
          name[0],
          mention.kind,
          `a name listed with ${mention.name}, a ${mention.kind.toLowerCase()}`,
        );
    const after = AND_NAME_AFTER.exec(text.slice(mention.end, mention.end + 40));
    const before = NAME_AND_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    const words = after?.[1] ?? before?.[1];
    if (!words) continue;
    const start = after ? mention.end + after[0].length - words.length : mention.start - before![0].length;
    add(start, words, mention.kind, `a name joined by "and" to ${mention.name}, a ${mention.kind.toLowerCase()}`);
  }
  for (const match of text.matchAll(PLACES_OF_A_KIND))
    for (const name of match[1]!.matchAll(/\p{Lu}[\p{L}’'-]+/gu))
      add(match.index + name.index, name[0], 'Place', `a place of the kind the words after a list of them name`);
  return [...found.values()];
}
