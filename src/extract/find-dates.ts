import * as chrono from 'chrono-node';
import type { DatePrecision } from '../vocabulary/article-file-schema';

export interface FoundDate {
  value: string;
  precision: DatePrecision;
  inferred: boolean;
  basis?: string;
  start: number;
  end: number;
  text: string;
}

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const DATE_WORDS =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tomorrow|ago|last|next|this|week|month|year|days|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i;
const RELATIVE = /\b(?:ago|before|after|earlier|later|last|next|previous|yesterday|today|tomorrow|this|that)\b/i;

/**
 * Dates in the text, absolute or relative, resolved against the publication date (chrono-node).
 * The precision is what the words fix: "in July" is a month, "November 12, 2017" a day. A date
 * that needed the publication date (a relative one, or a month without its year) is inferred,
 * and says so in its basis. A weekday ("on Wednesday") is the one of the publication's week.
 */
export function findDates(text: string, publishedOn: string): FoundDate[] {
  const reference = new Date(`${publishedOn}T12:00:00Z`);
  const results = chrono.en.parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: false });
  const dates: FoundDate[] = [];
  for (const result of results) {
    const start = result.start;
    const weekday = WEEKDAY.test(result.text);
    if (!weekday && !start.isCertain('month') && !start.isCertain('year')) continue;
    if (/^(?:now|tonight)$/i.test(result.text.trim())) continue;
    // Words that name no day ("later in the day" is not tomorrow): a date has a number, a month,
    // a weekday or a word that counts from the article's day.
    if (!DATE_WORDS.test(result.text)) continue;
    // "ten days after the poisoning" counts from the poisoning, not from the article's day.
    const next = text.slice(result.index + result.text.length, result.index + result.text.length + 12);
    if (/\b(?:after|before)\s*$/iu.test(result.text) && /^\s*(?:the|a|an|his|her|their|its|\p{Lu})/u.test(next))
      continue;
    const relative = weekday || RELATIVE.test(result.text);
    const precision: DatePrecision =
      weekday || start.isCertain('day') ? 'DAY' : start.isCertain('month') ? 'MONTH' : 'YEAR';
    const iso = start.date().toISOString().slice(0, 10);
    const value = precision === 'DAY' ? iso : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 4);
    const inferred = relative || !start.isCertain('year');
    dates.push({
      value,
      precision,
      inferred,
      basis: inferred ? `“${result.text.trim()}” read against the article’s date (${publishedOn})` : undefined,
      start: result.index,
      end: result.index + result.text.length,
      text: result.text,
    });
  }
  return dates.map(trimmed);
}

function trimmed(date: FoundDate): FoundDate {
  const text = date.text.replace(/[\s,.]+$/u, '');
  return { ...date, end: date.start + text.length, text };
}
