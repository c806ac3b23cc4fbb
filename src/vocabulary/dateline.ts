const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const OUTLET = "\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,4}";
// "SEOUL, June 12 (Pacific Dispatch) –", "WASHINGTON (Reuters) -", "Moscow, Nov 11, 2017 (TASS) —",
// "SAN JUAN, Puerto Rico, Sept 21 (The Island Wire) -", "ODESA/ISTANBUL, July 23 (…) –": a place
// in capitals or Title Case (the first of two), maybe its region, a date and the outlet in
// brackets, then a dash.
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{L}.'’ -]{1,40}?)(?:\\/\\p{Lu}[\\p{L}.'’ -]{1,40}?)?(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?)?(?:,?\\s+${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s*(?:\\((${OUTLET})\\)\\s*)?[–—-]\\s`,
  'u',
);
const IN_CAPITALS = /^\p{Lu}[\p{Lu}.'’ -]+\p{Lu}$/u;
/** Lines read for a dateline: the headline, a standfirst or a banner may come first. */
const OPENING_LINES = 4;

/** A wire dateline: its place (offsets into the text) and the outlet it credits, if any. */
export interface Dateline {
  place: { start: number; end: number; text: string };
  /** Whether the place is written in capitals ("SEOUL"), which no case-sensitive name matches. */
  placeInCapitals: boolean;
  outlet?: string;
}

/** The dateline in an article's opening lines, read by sources (the outlet) and extraction (the place). */
export function readDateline(text: string): Dateline | undefined {
  let offset = 0;
  for (const line of text.split('\n', OPENING_LINES)) {
    const lead = line.length - line.trimStart().length;
    const match = DATELINE.exec(line.trimStart());
    // A headline with a dash ("Floods – live updates") is no dateline: one credits an outlet or
    // names its place in capitals.
    const inCapitals = match !== null && IN_CAPITALS.test(match[1]!);
    if (match && (match[2] || inCapitals)) {
      const start = offset + lead;
      const place = { start, end: start + match[1]!.length, text: match[1]! };
      return match[2]
        ? { place, placeInCapitals: inCapitals, outlet: match[2] }
        : { place, placeInCapitals: inCapitals };
    }
    offset += line.length + 1;
  }
  return undefined;
}
