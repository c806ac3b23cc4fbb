import { createRequire } from 'node:module';

// ~275,000 lower-case English words, read once, when first asked.
let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is in an English word list ("fleet", "guards", "taro"), whatever its case.
 * A name none of whose words is ("Taro Kono" has "Kono") is more likely a person's than
 * "Revolutionary Guards" or "Black Sea Fleet".
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(createRequire(__filename)('an-array-of-english-words') as string[]);
  return words.has(word.toLowerCase());
}
