/** The longest line taken for a headline, in words; news headlines run to about fifteen. */
const HEADLINE_MAX_WORDS = 25;
/** A title made from the opening sentence keeps this many words. */
const OPENING_WORDS = 12;

/**
 * A plain text's headline: its first line when that line reads as one (short, and not a run of
 * sentences), otherwise the opening words of its first sentence, marked as cut. A text whose
 * first line is a paragraph does not get the paragraph as its title.
 */
export function headlineOf(text: string): string {
  const first = text.split('\n', 1)[0]!.trim();
  if (isHeadline(first)) return first;
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  const words = sentence.split(/\s+/);
  return words.length <= OPENING_WORDS ? sentence : `${words.slice(0, OPENING_WORDS).join(' ')}…`;
}

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > HEADLINE_MAX_WORDS) return false;
  // Two sentences in one line are a paragraph ("Putin arrived. He said …").
  return !/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(line);
}
