import type { EntityKind } from './relationship-types';

/** The form every id's slug takes: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A name in plain Latin letters: accents folded ("Düsseldorf" → "Dusseldorf"), and the letters
 * that carry no accent to fold written as English-language news writes them ("Kılıçdaroğlu" →
 * "Kilicdaroglu", "Łukaszenka" → "Lukaszenka").
 */
export function foldLetters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .replace(/[ıłŁøØđĐðÐħĦßæÆœŒþÞ]/gu, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  þ: 'th',
  Þ: 'Th',
};

/**
 * Turns a name into a slug: letters folded (foldLetters: "Düsseldorf" → "dusseldorf"),
 * apostrophes dropped, every other run of non-alphanumerics becomes one hyphen.
 */
export function slugify(name: string): string {
  return foldLetters(name)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** kebab-case of an entity kind, as used in ids: "Organization" → "organization". */
export function kindPrefix(kind: EntityKind): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The stable id of an entity: `person:vladimir-putin`. */
export function entityId(kind: EntityKind, name: string): string {
  return `${kindPrefix(kind)}:${slugify(name)}`;
}
