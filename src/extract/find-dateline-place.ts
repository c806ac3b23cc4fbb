import { readDateline } from '../vocabulary/dateline';
import { entityId } from '../vocabulary/normalize-id';
import type { GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import type { Mention } from './mention';
import { nameKey } from './name-key';

/**
 * The place a wire dateline names in capitals ("SEOUL, June 12 (Pacific Dispatch) –"): the
 * known place or city-state of that name, else a new city. Capitals are no name elsewhere, so
 * the gazetteer's case-sensitive match does not find it.
 */
export function findDatelinePlace(text: string, gazetteer: readonly GazetteerEntry[]): Mention | undefined {
  const dateline = readDateline(text);
  // In Title Case ("Moscow, Nov. 11 (TASS) –") the gazetteer already finds the place.
  if (!dateline?.placeInCapitals) return undefined;
  const span = dateline.place;
  const words = span.text;
  const name = words.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
  const index = gazetteerIndex(gazetteer);
  const entry = index.surface(name)?.entry ?? index.placeByNameKey.get(nameKey(name));
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
