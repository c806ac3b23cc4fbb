const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const OUTLET = "\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,4}";
// "SEOUL, June 12 (Pacific Dispatch) –", "WASHINGTON (Reuters) -", "Moscow, Nov 11, 2017 (TASS) —":
// a wire dateline, the place in capitals or Title Case, then the outlet in brackets and a dash.
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?(?:,?\\s+${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s+\\((${OUTLET})\\)\\s*[–—-]`,
  'u',
);
/** Lines read for a dateline: the headline, a standfirst or a banner may come first. */
const OPENING_LINES = 4;

/**
 * The outlet a wire dateline credits ("SEOUL, June 12 (Pacific Dispatch) –" → "Pacific
 * Dispatch"): the article's source when nothing else names it.
 */
export function datelineCredit(text: string): string | undefined {
  for (const line of text.split('\n', OPENING_LINES)) {
    const outlet = DATELINE.exec(line.trim())?.[1];
    if (outlet) return outlet;
  }
  return undefined;
}
