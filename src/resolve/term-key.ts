import { nameKey } from '../extract/name-key';
import { baseGazetteer } from '../extract/gazetteer';

// Words news uses for one country's armed conflict: "the Syrian war", "the Syria crisis",
// "the conflict in Syria" and "the Syrian civil war" name one concept.
const CONFLICT_WORDS = new Set(['conflict', 'war', 'civil war', 'crisis', 'fighting']);
const FILLER = new Set(['the', 'in', 'of', 'on', 'over', 'for', 'a', 'an', 'and', 'civil', 's']);

let countryWords: Map<string, string> | undefined;

/** Each demonym and short form of a country, folded to the key of the country's common name. */
function countryWordMap(): Map<string, string> {
  if (countryWords) return countryWords;
  countryWords = new Map();
  for (const entry of baseGazetteer()) {
    if (entry.kind !== 'Country') continue;
    const key = nameKey(entry.name);
    for (const form of [entry.name, ...entry.aliases, ...entry.demonyms]) countryWords.set(nameKey(form), key);
  }
  return countryWords;
}

/**
 * A concept's name as a key that survives word order, demonyms, plurals and the words news uses
 * interchangeably for a conflict: "Syrian conflict", "conflict in Syria" and "Syria civil war"
 * all give "conflict syria".
 */
export function termKey(name: string): string {
  const countries = countryWordMap();
  let text = ` ${name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const word of CONFLICT_WORDS) text = text.replaceAll(` ${word} `, ' conflict ');
  const words = text
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word))
    .map((word) => countries.get(nameKey(word)) ?? singular(word));
  return [...new Set(words)].sort().join(' ');
}

/** The words to look a concept up by in the fulltext index: its own, and its countries' forms. */
export function termSearchWords(name: string): string[] {
  const keys = new Set(termKey(name).split(' '));
  const words = new Set(
    name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !FILLER.has(word.toLowerCase())),
  );
  for (const entry of baseGazetteer()) {
    if (entry.kind === 'Country' && keys.has(nameKey(entry.name))) {
      for (const form of [entry.name, ...entry.demonyms]) if (/^[\p{L}]+$/u.test(form)) words.add(form);
    }
  }
  return [...words].filter((word) => /^[\p{L}\p{N}-]+$/u.test(word));
}

function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
