import nlp from 'compromise';

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
let lexicon: Readonly<Record<string, string>> | undefined;

/** Whether the NLP library's lexicon lists the word as a first name ("Theresa", "Brian"). */
export function isKnownFirstName(word: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return tag !== undefined && FIRST_NAME_TAGS.has(tag);
}

/** The gender the NLP library's lexicon gives a first name, when it gives one ("Fiona": female). */
export function firstNameGender(word: string): 'male' | 'female' | undefined {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return tag === 'MaleName' ? 'male' : tag === 'FemaleName' ? 'female' : undefined;
}
