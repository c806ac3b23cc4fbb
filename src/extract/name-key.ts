import { foldLetters } from '../vocabulary/normalize-id';
/**
 * A key under which spelling variants of one name meet: accents and case folded, punctuation and
 * spaces dropped ("Da Nang" = "Danang"), doubled letters single ("Hassan" = "Hasan"), and the
 * common variants of transliterating Slavic names merged, word by word: "Sergei" = "Sergey",
 * "Dmitriy" = "Dmitry", "Zelenskiy" = "Zelenskyy" = "Zelensky", "Aleksandr" = "Alexander".
 */
export function nameKey(name: string): string {
  return foldLetters(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map(wordKey)
    .join('');
}

function wordKey(word: string): string {
  const folded = word
    .replace(/ks/g, 'x')
    .replace(/yev|jev/g, 'yev')
    .replace(/j(?=[aeiou])/g, 'y')
    .replace(/(?:ei|ii|iy)(?=[^aeiouy])/g, 'ey')
    .replace(/nder$/, 'ndr');
  // A final "-iy", "-ii", "-yy", "-ei", "-ey" is "-y" (not in a short name: "Yi", "Lei").
  const ending = folded.length > 3 ? folded.replace(/(?:iy|ii|yy|yi|ei|ey)$/, 'y') : folded;
  return ending.replace(/([a-z])\1+/g, '$1');
}

/** The last word of a person's name, for surname-only mentions ("Lavrov" of "Sergey Lavrov"). */
export function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/**
 * The forms a word of a name is written in: itself, and a family name without the Arabic article
 * news drops when it names the person alone ("al-Assad" and "Assad", "el-Sisi" and "Sisi").
 */
export function nameWordForms(word: string): string[] {
  const bare = ARTICLE_OF_FAMILY_NAME.exec(word)?.[1];
  return bare ? [word, bare] : [word];
}

const ARTICLE_OF_FAMILY_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an)-(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)$/u;
