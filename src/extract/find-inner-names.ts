import type { GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import type { Mention } from './mention';
import { SpanIndex } from './span-index';

// What may be named after a country it belongs to or is about: "the US State Department".
const NAMES_ITS_COUNTRY = new Set(['Organization', 'Document', 'Event', 'Concept']);

/**
 * A country's name inside a longer name is a mention of the country: "US" in "the US State
 * Department", as "Russian" in "the Russian embassy" is. It only says that the article names the
 * country; no relation or quote is read from it, since the longer name is what the sentence is
 * about. Other known names inside longer ones are not taken: "UN" in "the UN Security Council"
 * and "Zlín" in "the Zlín region" name the longer thing's parent or place, not a subject.
 */
export function findInnerNames(
  text: string,
  mentions: readonly Mention[],
  gazetteer: readonly GazetteerEntry[],
): Mention[] {
  const index = gazetteerIndex(gazetteer);
  const taken = new SpanIndex(mentions);
  const inner = new Map<string, Mention>();
  for (const outer of mentions) {
    // A person's name is theirs alone: "Milo Montenegro" names no country. Nor does a country's
    // or a place's name name another: "the People's Republic of China" is not the Republic of
    // China, "New Mexico" not Mexico.
    if (!NAMES_ITS_COUNTRY.has(outer.kind) || !/\s/u.test(outer.text)) continue;
    for (const match of index.matchesWithin(text, outer.start, outer.end)) {
      const { entry } = match.surface;
      if (entry.kind !== 'Country') continue;
      // A name already read there, or one of the same entity around it, says it already.
      const around = taken.overlapping(match);
      if (around.some((other) => other.key === entry.id || other.start > match.start || other.end < match.end))
        continue;
      inner.set(`${match.start}:${entry.id}`, {
        start: match.start,
        end: match.end,
        text: match.text,
        kind: entry.kind,
        key: entry.id,
        name: entry.name,
        confidence: 0.7,
        reason: `"${match.text}" of ${entry.name}, inside the name "${outer.text}"`,
        entry,
      });
    }
  }
  return [...inner.values()];
}
