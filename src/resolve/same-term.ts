import { conceptKey } from './concept-key';
import type { Match } from './decision';
import type { KnownConcept } from './known-entities';

/**
 * A concept is a known one when their names (or a known alias) give the same concept key: word
 * order, demonyms, plurals and a conflict's several names aside ("the Syria crisis" is the
 * "Syrian conflict").
 */
export function sameConcept(own: KnownConcept, known: KnownConcept): Match | undefined {
  if (own.id === known.id) return undefined;
  const key = conceptKey(own.name);
  const form = [known.name, ...known.aliases].find((name) => conceptKey(name) === key);
  if (!form) return undefined;
  return {
    id: known.id,
    score: form === known.name ? 0.8 : 0.75,
    reason: `"${own.name}" and "${form}" name the same concept (${key})`,
  };
}
