/**
 * Paragraphs that are page furniture, not article text: sign-up and subscription prompts, social
 * links, "Read more" teasers, cookie notices. Each is matched against a whole paragraph, and only
 * paragraphs up to BOILERPLATE_MAX_LENGTH characters are dropped, so that a real paragraph that
 * happens to mention a newsletter survives.
 */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^sign up\b/i,
  /^subscribe\b/i,
  /\b(sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(sign up|subscribe)\b/i,
  /^follow us\b/i,
  /^read more\b|^(related|see also)\s*:/i,
  /\b(this (web)?site|we) uses? cookies\b/i,
  /^advertisement$/i,
  /\bcookie (?:settings|policy|preferences|consent)\b|\baccept (?:all )?cookies\b/i,
  // Notification and app prompts, donation appeals, share and comment furniture.
  /\b(?:turn on|enable|allow|get) (?:push |breaking news )?(?:notifications|alerts)\b/i,
  /^download (?:our|the) app\b/i,
  /\b(?:support|fund) (?:our|independent|quality) (?:journalism|reporting)\b/i,
  /^(?:donate|make a (?:one-off |monthly |single )?(?:donation|contribution)|become a (?:member|supporter|patron))\b/i,
  /^share (?:this|on|via)\b|^(?:share|tweet|email|print|copy link)$/i,
  /^(?:\d+\s+)?comments?$|^(?:leave|post|add|view) (?:a |all )?comments?\b|^join the (?:conversation|discussion)\b/i,
  /^(?:sponsored|promoted)(?: content)?$/i,
];

export const BOILERPLATE_MAX_LENGTH = 200;

/** Hard wrapping is assumed only when the longest line is this long (wrapped text is 60 to 100 wide). */
const WRAP_MIN_WIDTH = 60;
const WRAP_MAX_WIDTH = 100;
/** In hard-wrapped text, a line at least this share of the longest line continues on the next. */
const WRAP_CONTINUES_SHARE = 0.6;

const INVISIBLE_CHARACTERS = /[\u00AD\u200B\u2060\uFEFF]/g;
const LIST_ITEM = /^([-*•]|\d+[.)])\s/;

/** One paragraph as one line: invisible characters dropped, runs of white space made one space, trimmed. */
export function cleanParagraph(paragraph: string): string {
  return paragraph.normalize('NFC').replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

export function isBoilerplate(paragraph: string): boolean {
  return paragraph.length <= BOILERPLATE_MAX_LENGTH && BOILERPLATE_PATTERNS.some((pattern) => pattern.test(paragraph));
}

/** Joins paragraphs into the article text: one cleaned paragraph per line, no blank lines, no boilerplate. */
export function paragraphsToText(paragraphs: Iterable<string>): string {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const cleaned = cleanParagraph(paragraph);
    if (cleaned !== '' && !isBoilerplate(cleaned)) kept.push(cleaned);
  }
  return kept.join('\n');
}

/**
 * Plain text as the article text. A line is a paragraph, except in hard-wrapped text (blank lines
 * between paragraphs, the longest line 60 to 100 characters), where a long line continues on the next.
 */
export function normalizePlainText(text: string): string {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.trim());
  return paragraphsToText(isHardWrapped(lines) ? unwrap(lines) : lines);
}

function isHardWrapped(lines: readonly string[]): boolean {
  const width = lines.reduce((longest, line) => Math.max(longest, line.length), 0);
  return lines.includes('') && width >= WRAP_MIN_WIDTH && width <= WRAP_MAX_WIDTH;
}

function unwrap(lines: readonly string[]): string[] {
  const width = lines.reduce((longest, line) => Math.max(longest, line.length), 0);
  const paragraphs: string[] = [];
  let previous = '';
  for (const line of lines) {
    const continues =
      previous !== '' && line !== '' && previous.length >= width * WRAP_CONTINUES_SHARE && !LIST_ITEM.test(line);
    if (continues) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else paragraphs.push(line);
    previous = line;
  }
  return paragraphs;
}
