import { entityId } from '../vocabulary/normalize-id';
import type { GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import type { Mention } from './mention';
import { nameKey } from './name-key';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "SEOUL, June 12 (Pacific Dispatch) –", "WASHINGTON –", "DA NANG, Vietnam, Nov 11 (Reuters) -":
// a dateline's place in capitals, then a date, an outlet in brackets or a dash.
const DATELINE_PLACE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’ -]{1,40}?\\p{Lu})(?=(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?(?:,?\\s+${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s*(?:\\([^)]{1,60}\\)\\s*)?[–—-]\\s)`,
  'u',
);
/** Lines read for a dateline: the headline, a standfirst or a banner may come first. */
const OPENING_LINES = 4;

/**
 * The place a wire dateline names in capitals ("SEOUL, June 12 (Pacific Dispatch) –"): the
 * known place or city-state of that name, else a new city. Capitals are no name elsewhere, so
 * the gazetteer's case-sensitive match does not find it.
 */
export function findDatelinePlace(text: string, gazetteer: readonly GazetteerEntry[]): Mention | undefined {
  let offset = 0;
  for (const line of text.split('\n', OPENING_LINES)) {
    const lead = line.length - line.trimStart().length;
    const match = DATELINE_PLACE.exec(line.trimStart());
    if (match) {
      const words = match[1]!;
      const start = offset + lead;
      const name = words.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
      const index = gazetteerIndex(gazetteer);
      const entry = index.surface(name)?.entry ?? index.placeByNameKey.get(nameKey(name));
      const span = { start, end: start + words.length, text: words };
      if (entry && (entry.kind === 'Place' || entry.kind === 'Country')) {
        return {
          ...span,
          kind: entry.kind,
          key: entry.id,
          name: entry.name,
          confidence: 0.85,
          reason: `the dateline's place, ${entry.name}`,
          entry,
        };
      }
      return {
        ...span,
        kind: 'Place',
        key: entityId('Place', name),
        name,
        confidence: 0.7,
        reason: `the dateline's place ("${words}")`,
        details: { placeType: 'city' },
      };
    }
    offset += line.length + 1;
  }
  return undefined;
}
