import nlp from 'compromise';
import { TITLES } from './titles';

// Nouns for people that news uses of the unnamed ("a resident", "an official") and the NLP
// library's lexicon does not tag as a person noun ("Actor").
const NEWS_PERSON_NOUNS = `official resident expert engineer student nurse fellow protester pensioner neighbour
  neighbor widow widower veteran survivor witness mourner voter worker villager spokesperson spokeswoman spokesman aide
  adviser advisor envoy correspondent commentator negotiator lawmaker legislator politician minister diplomat
  academic scholar scientist analyst observer insider source militant fighter commander general officer
  trooper sergeant colonel medic paramedic surgeon physician pilot sailor mother father grandmother grandfather
  woman man girl boy teenager shopkeeper trader merchant owner landlord tenant speaker opponent`.split(/\s+/);

let nouns: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case noun names a person by what they are or do ("teacher", "spokeswoman",
 * "retired engineer" ends in one): the NLP library's person nouns, those news adds, and titles.
 */
export function isPersonNoun(word: string): boolean {
  nouns ??= new Set([...actorNouns(), ...NEWS_PERSON_NOUNS, ...titleNouns()]);
  const lower = word.toLowerCase();
  return nouns.has(lower) || (lower.endsWith('s') && nouns.has(lower.slice(0, -1)));
}

/** The last word of every title ("ambassador", "minister", "secretary"). */
function titleNouns(): string[] {
  return TITLES.map((title) =>
    title
      .split(/[\s-]+/)
      .at(-1)!
      .toLowerCase(),
  );
}

function actorNouns(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return Object.entries(lexicon)
    .filter(([word, tags]) => !word.includes(' ') && (Array.isArray(tags) ? tags : [tags]).includes('Actor'))
    .map(([word]) => word);
}
