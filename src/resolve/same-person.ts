import { nameKey, surname } from '../extract/name-key';
import type { Match } from './decision';
import type { KnownPerson } from './known-entities';

/**
 * A person an article names by surname alone ("Bolton said") is the one known person of that
 * surname, when there is exactly one: with two (Sergey and Kirill Lavrov) the article keeps its
 * own node rather than guess.
 */
export function personBySurname(own: KnownPerson, known: readonly KnownPerson[]): Match | undefined {
  if (/\s/.test(own.name.trim())) return undefined;
  const key = nameKey(own.name);
  const fitting = new Map(
    known
      .filter((person) => person.id !== own.id && /\s/.test(person.name.trim()))
      .filter((person) => nameKey(surname(person.name)) === key)
      .map((person) => [person.id, person]),
  );
  if (fitting.size !== 1) return undefined;
  const [person] = [...fitting.values()];
  return { id: person!.id, score: 0.7, reason: `"${own.name}" is the surname of the one known ${person!.name}` };
}
