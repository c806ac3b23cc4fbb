import { nameKey, nameWordForms, surname } from '../extract/name-key';
import type { Match } from './decision';
import type { KnownPerson } from './known-entities';

/**
 * A person an article names by surname alone ("Bolton said") is the one known person of that
 * surname, when there is exactly one: with two (Sergey and Kirill Lavrov) the article keeps its
 * own node rather than guess.
 */
export function personBySurname(own: KnownPerson, known: readonly KnownPerson[]): Match | undefined {
  const fitting = peopleOfSurname(own, known);
  if (fitting.length !== 1) return undefined;
  const [person] = fitting;
  return { id: person!.id, score: 0.7, reason: `"${own.name}" is the surname of the one known ${person!.name}` };
}

/**
 * The known people a surname alone could be when it fits several: each a doubt, scored by how
 * many share the surname, for an admin to settle.
 */
export function possiblePeopleBySurname(own: KnownPerson, known: readonly KnownPerson[]): Match[] {
  const fitting = peopleOfSurname(own, known);
  if (fitting.length < 2) return [];
  const score = Math.round((0.7 / fitting.length) * 100) / 100;
  return fitting.map((person) => ({
    id: person.id,
    score,
    reason: `"${own.name}" is the surname of ${person.name}, one of ${fitting.length} known people bearing it`,
  }));
}

function peopleOfSurname(own: KnownPerson, known: readonly KnownPerson[]): KnownPerson[] {
  if (/\s/.test(own.name.trim())) return [];
  const key = nameKey(own.name);
  const fitting = new Map(
    known
      .filter((person) => person.id !== own.id && /\s/.test(person.name.trim()))
      .filter((person) => nameWordForms(surname(person.name)).some((form) => nameKey(form) === key))
      .map((person) => [person.id, person]),
  );
  return [...fitting.values()];
}

/**
 * A one-word name and the one full name of the same article it stands for: its surname (last
 * word), or a family name written first ("Moon" for "Moon Jae-in") when that person's last word
 * is never used alone in the article. `elsewhere` are the known people bearing the word: another
 * person among them makes the word ambiguous, and the article keeps its own node.
 */
export function personInArticle(
  own: KnownPerson,
  article: readonly KnownPerson[],
  elsewhere: readonly KnownPerson[],
): Match | undefined {
  if (/\s/.test(own.name.trim())) return undefined;
  const key = nameKey(own.name);
  const words = (person: KnownPerson) => person.name.trim().split(/\s+/);
  const full = article.filter((person) => person.id !== own.id && words(person).length >= 2);
  const aloneKeys = new Set(article.filter((p) => words(p).length === 1).map((p) => nameKey(p.name)));
  const bySurname = full.filter((person) => nameKey(words(person).at(-1)!) === key);
  const byFamilyName = full.filter(
    (person) => nameKey(words(person)[0]!) === key && !aloneKeys.has(nameKey(words(person).at(-1)!)),
  );
  const fitting = bySurname.length > 0 ? bySurname : byFamilyName;
  if (new Set(fitting.map((person) => person.id)).size !== 1) return undefined;
  const person = fitting[0]!;
  const others = elsewhere.filter(
    (p) => p.id !== person.id && p.id !== own.id && words(p).length >= 2 && words(p).some((w) => nameKey(w) === key),
  );
  if (others.length > 0) return undefined;
  const how = bySurname.length > 0 ? 'surname' : 'family name, written first,';
  return { id: person.id, score: 0.75, reason: `"${own.name}" is the ${how} of ${person.name}, named in this article` };
}
