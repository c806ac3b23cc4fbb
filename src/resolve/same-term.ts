import { termKey } from './term-key';
import type { Match } from './decision';
import type { KnownTerm } from './known-entities';

/**
 * A concept or an organization is a known one of its kind when their names (or a known alias) give the same concept key: word
 * order, demonyms, plurals and a conflict's several names aside ("the Syria crisis" is the
 * "Syrian conflict").
 */
export function sameTerm(own: KnownTerm, known: KnownTerm): Match | undefined {
  if (own.id === known.id || own.kind !== known.kind) return undefined;
  const key = termKey(own.name);
  const form = [known.name, ...known.aliases].find((name) => termKey(name) === key);
  if (!form) return undefined;
  return {
    id: known.id,
    score: form === known.name ? 0.8 : 0.75,
    reason: `"${own.name}" and "${form}" name the same ${own.kind.toLowerCase()} (${key})`,
  };
}
