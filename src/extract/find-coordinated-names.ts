import { entityId } from '../vocabulary/normalize-id';
import { isEnglishWord } from './english-words';
import type { Mention } from './mention';
import { SpanIndex } from './span-index';

// "in Donetsk and Luhansk", "between Gazprom and Naftogaz": one capitalised word after "and".
const AND_NAME_AFTER = /^\s+and\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/u;
// "Luhansk and Donetsk": one before.
const NAME_AND_BEFORE = /(?<![\p{L}’'-]|\p{Lu}[\p{L}’'-]*\s)(\p{Lu}[\p{L}’'-]+)\s+and\s+$/u;
const COORDINATED_KINDS: ReadonlySet<string> = new Set(['Place', 'Organization']);

/**
 * A name joined by "and" to a place or organization the article names is another of that kind,
 * when it is one word that is no English word and no other name ("Donetsk and Luhansk", "Gazprom
 * and Naftogaz"), as a name joined to a person's is a person.
 */
export function findCoordinatedNames(text: string, known: readonly Mention[]): Mention[] {
  const index = new SpanIndex(known);
  const found = new Map<number, Mention>();
  for (const mention of known.filter((m) => COORDINATED_KINDS.has(m.kind))) {
    const after = AND_NAME_AFTER.exec(text.slice(mention.end, mention.end + 40));
    const before = NAME_AND_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    const words = after?.[1] ?? before?.[1];
    if (!words || isEnglishWord(words)) continue;
    const start = after ? mention.end + after[0].length - words.length : mention.start - before![0].length;
    const span = { start, end: start + words.length };
    if (index.overlapping(span).length > 0 || found.has(start)) continue;
    found.set(start, {
      ...span,
      text: words,
      kind: mention.kind,
      key: entityId(mention.kind, words),
      name: words,
      confidence: 0.55,
      reason: `a name joined by "and" to ${mention.name}, a ${mention.kind.toLowerCase()}`,
    });
  }
  return [...found.values()];
}
