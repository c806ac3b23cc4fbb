import * as chrono from 'chrono-node';
import type { DatePrecision } from '../vocabulary/article-file-schema';
import { NUMBER_WORDS } from './calendar-words';

export interface FoundDate {
  value: string;
  precision: DatePrecision;
  inferred: boolean;
  basis?: string;
  start: number;
  end: number;
  text: string;
  /** Told as where a span of time begins ("since 2014"): a lasting thing's start, no one day's date. */
  since?: boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`);
const DATE_WORDS =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tomorrow|ago|last|next|this|week|month|year|days|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i;
// "for three years", "within 120 days": a length of time, not a day.
// How many of a unit of time: "three", "120", "a few".
const AMOUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)`;
const DURATION = new RegExp(
  String.raw`^(?:for|within|over|lasting)\s+${AMOUNT}\s+(?:days?|weeks?|months?|years?)$`,
  'iu',
);
// "the next day", "the following week", "the day before": counted from the story's day. "Next
// month", without "the", counts from the article's.
const NARRATIVE_DAY =
  /^(?:the\s+(?:next|following|previous|same)|following|previous)\s+(?:day|week|month|year)$|^(?:the|a)\s+(?:day|week|month|year)\s+(?:before|after|later|earlier)$/iu;
const COUNTED_SPAN = new RegExp(String.raw`${AMOUNT}\s+(?:hours?|days?|weeks?|months?|years?)$`, 'iu');
const SUPERLATIVE_BEFORE = /(?<![\p{L}])(?:first|only|worst|best|most|least|\p{Ll}{2,}est)(?![\p{L}])[^.;:!?]*$/u;
const PART_OF_TODAY = /^this\s+(?:morning|afternoon|evening)$/i;
const RELATIVE = /\b(?:ago|before|after|earlier|later|last|next|previous|yesterday|today|tomorrow|this|that)\b/i;

/**
 * Dates in the text, absolute or relative, resolved against the publication date (chrono-node).
 * The precision is what the words fix: "in July" is a month, "November 12, 2017" a day. A date
 * that needed the publication date (a relative one, or a month without its year) is inferred,
 * and says so in its basis. A weekday ("on Wednesday") is the last one on or before the
 * publication's day, or the next one from it when its clause is in the future (weekdayByTense).
 */
export function findDates(text: string, publishedOn: string): FoundDate[] {
  const reference = new Date(`${publishedOn}T12:00:00Z`);
  const dates: FoundDate[] = [];
  // Dates whose words name a month and no year ("on 3 December"), by where they start.
  const yearless = new Set<number>();
  for (const result of parsedByLine(text, reference)) {
    const start = result.start;
    const weekday = WEEKDAY.test(result.text);
    // "this afternoon": a part of the article's own day, which chrono-node leaves uncertain.
    const partOfToday = PART_OF_TODAY.test(result.text.trim());
    if (!weekday && !partOfToday && !start.isCertain('month') && !start.isCertain('year')) continue;
    if (/^(?:now|tonight)$/i.test(result.text.trim())) continue;
    const theBefore = /(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, result.index - 5), result.index));
    if (NARRATIVE_DAY.test(`${theBefore ? 'the ' : ''}${result.text.trim()}`)) continue;
    // "two days later" counts from the story's day, not the article's (withDaysApart).
    if (
      /^(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?)\s+(?:later|earlier)$/iu.test(
        result.text.trim(),
      )
    )
      continue;
    // A week is no day (chrono-node reads "last week" as the day seven days before): see withWeeks.
    if (/^(?:this|last|next)\s+week$/iu.test(result.text.trim())) continue;
    // Words that name no day ("later in the day" is not tomorrow): a date has a number, a month,
    // a weekday or a word that counts from the article's day.
    if (!DATE_WORDS.test(result.text)) continue;
    // "ten days after the poisoning" counts from the poisoning, not from the article's day.
    const next = text.slice(result.index + result.text.length, result.index + result.text.length + 12);
    if (/\b(?:after|before)\s*$/iu.test(result.text) && /^\s*(?:the|a|an|his|her|their|its|\p{Lu})/u.test(next))
      continue;
    if (DURATION.test(result.text.trim())) continue;
    // "their first summit in 12 years", "the biggest protest in a decade": a span back from now.
    if (
      /^in\s/iu.test(result.text.trim()) &&
      COUNTED_SPAN.test(result.text.trim()) &&
      SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, result.index - 80), result.index))
    )
      continue;
    // "after two months of talks", "three years of war": how long something lasted.
    if (COUNTED_SPAN.test(result.text) && /^\s+of\s/u.test(next)) continue;
    const relative = weekday || partOfToday || RELATIVE.test(result.text);
    const precision: DatePrecision =
      weekday || partOfToday || start.isCertain('day') ? 'DAY' : start.isCertain('month') ? 'MONTH' : 'YEAR';
    const iso =
      weekday && !/\b(?:last|next|this|previous|coming)\b/iu.test(result.text)
        ? weekdayByTense(text, result.index, result.text, publishedOn)
        : start.date().toISOString().slice(0, 10);
    // "since April", with no year, in an article of February: last April, not the next.
    const since = SINCE_BEFORE.test(text.slice(Math.max(0, result.index - 16), result.index));
    const yearBack = since && !start.isCertain('year') && iso.slice(0, 7) > publishedOn.slice(0, 7) ? 1 : 0;
    const dated = yearBack ? `${Number(iso.slice(0, 4)) - yearBack}${iso.slice(4)}` : iso;
    const value = precision === 'DAY' ? dated : precision === 'MONTH' ? dated.slice(0, 7) : dated.slice(0, 4);
    const inferred = relative || !start.isCertain('year');
    if (!relative && !start.isCertain('year')) yearless.add(result.index);
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
  const all = withDaysApart(
    text,
    withSameDay(
      text,
      withYears(text, withWeeks(text, inTheYearTold(text, dates, yearless).map(trimmed), publishedOn), publishedOn),
      publishedOn,
    ),
    publishedOn,
  );
  return all.map((date) =>
    SINCE_BEFORE.test(text.slice(Math.max(0, date.start - 16), date.start)) ? { ...date, since: true } : date,
  );
}

// A story told on is told close in time: further than half a year on, it is news again.
const NARRATIVE_MONTHS = 6;

/**
 * A month and day without a year that follow, in the same paragraph and within half a year, a
 * date of an earlier year the text gives in full are of that year, or of the next when the month
 * comes before its month: "On 16 October 2014 a warehouse blew up. A second blast followed on 3
 * December" is 3 December 2014, not the last 3 December before the article.
 */
function inTheYearTold(text: string, dates: FoundDate[], yearless: ReadonlySet<number>): FoundDate[] {
  return dates.map((date, at) => {
    if (!yearless.has(date.start) || date.precision === 'YEAR') return date;
    const told = dates
      .slice(0, at)
      .filter((d) => !d.inferred && d.precision !== 'YEAR' && !text.slice(d.end, date.start).includes('\n'))
      .at(-1);
    if (!told) return date;
    const year = Number(told.value.slice(0, 4)) + (date.value.slice(5, 7) < told.value.slice(5, 7) ? 1 : 0);
    const monthsOn =
      (year - Number(told.value.slice(0, 4))) * 12 + Number(date.value.slice(5, 7)) - Number(told.value.slice(5, 7));
    if (String(year) >= date.value.slice(0, 4) || monthsOn > NARRATIVE_MONTHS) return date;
    return {
      ...date,
      value: `${year}${date.value.slice(4)}`,
      basis: `“${date.text.trim()}” in the year of “${told.text.trim()}”, the date told before it`,
    };
  });
}

// Words that put a clause in the future: "will meet on Monday", "is due to sign on Friday", and
// the future of reported speech ("said she would meet Pompeo on Thursday").
const FUTURE =
  /\b(?:will|won['’]t|would|shall|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated|going|to)\b|plans?\s+to|planned\s+for|to\s+be\s+held)\b|['’]ll\b/iu;

/**
 * A weekday without "last" or "next" ("fell on Sunday", "will open on Wednesday"): news means the
 * last such day on or before its own day, unless the clause speaks of what is still to come,
 * then the next one on or after it. Its clause is the words back to the last comma or stop, and,
 * when the weekday begins it ("On Wednesday, the centre will open"), the clause after.
 */
function weekdayByTense(text: string, index: number, words: string, publishedOn: string): string {
  const day = WEEKDAYS.findIndex((name) => words.includes(name));
  const before = text.slice(Math.max(0, index - 120), index);
  const clauseBefore = before.slice(
    Math.max(...[',', ';', '.', ':', '\n', '“', '"'].map((c) => before.lastIndexOf(c))) + 1,
  );
  const afterStart = index + words.replace(/[\s,.]+$/u, '').length;
  const after = text.slice(afterStart, afterStart + 80);
  const leading = /^\s*(?:on|by|from|until|till)?\s*$/iu.test(clauseBefore);
  // "told a briefing on Tuesday that more would follow": what was said is not when.
  const clauseAfter = (
    leading ? after.replace(/^[\s,]+/u, '').split(/[,;.:\n]/u)[0]! : after.split(/[,;.:\n]/u)[0]!
  ).split(/\s(?:that|whether)\s/u)[0]!;
  const future = FUTURE.test(clauseBefore) || FUTURE.test(clauseAfter);
  const published = new Date(`${publishedOn}T12:00:00Z`);
  const shift = (day - published.getUTCDay() + 7) % 7;
  const date = new Date(published);
  date.setUTCDate(published.getUTCDate() + (future ? shift : shift === 0 ? 0 : shift - 7));
  return date.toISOString().slice(0, 10);
}

const WEEK = /\b(this|last|next)\s+week\b/giu;
// "since 2014", "since early 2015", "ever since April".
const SINCE_BEFORE = /(?<![\p{L}])since\s+(?:(?:early|late|mid-?)\s*)?$/iu;
// A year on its own, after a word that makes it a time: "since 2014", "in early 2015", "the war of
// 2008". Not "resolution 2254" or "2014 people".
const BARE_YEAR =
  /(?<![\p{L}\d])(?:in|since|from|until|till|by|during|of|before|after)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d{2})(?![\d\p{L}’'-])/giu;

/** Years named on their own ("since 2014"), up to the article's; stated, not inferred. */
function withYears(text: string, dates: FoundDate[], publishedOn: string): FoundDate[] {
  const years: FoundDate[] = [];
  for (const match of text.matchAll(BARE_YEAR)) {
    const year = match[1]!;
    const start = match.index + match[0].length - year.length;
    const span = { start, end: start + year.length };
    if (year > publishedOn.slice(0, 4) || dates.some((d) => d.start < span.end && span.start < d.end)) continue;
    years.push({ value: year, precision: 'YEAR', inferred: false, ...span, text: year });
  }
  return years.length === 0 ? dates : [...dates, ...years].sort((a, b) => a.start - b.start);
}

/**
 * "this week", "last week", "next week": the month they lie in, when the whole week (Monday to
 * Sunday) lies in one; a week across two months names no month.
 */
function withWeeks(text: string, dates: FoundDate[], publishedOn: string): FoundDate[] {
  return withDatesOf(text, WEEK, dates, (match) => {
    const shift = { this: 0, last: -7, next: 7 }[match[1]!.toLowerCase() as 'this' | 'last' | 'next'];
    const day = new Date(`${publishedOn}T12:00:00Z`);
    const monday = new Date(day);
    monday.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + shift);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    const [from, to] = [monday, sunday].map((d) => d.toISOString().slice(0, 7));
    if (from !== to) return undefined;
    return {
      value: from!,
      precision: 'MONTH',
      inferred: true,
      basis: `“${match[0]}” read against the article’s date (${publishedOn}): a week within ${from}`,
    };
  });
}

/**
 * chrono-node's results, line by line: a date never runs on into the next line ("on 31 December."
 * and a live blog's next timestamp, "21:50", are not one date and time). Indices are the text's.
 */
function parsedByLine(
  text: string,
  reference: Date,
): { index: number; text: string; start: chrono.ParsedComponents }[] {
  const results: { index: number; text: string; start: chrono.ParsedComponents }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (DATE_WORDS.test(line)) {
      for (const result of chrono.en.parse(line, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
        results.push({ index: result.index + lineStart, text: result.text, start: result.start });
      }
    }
    lineStart += line.length + 1;
  }
  return results;
}

// "later in the day", "earlier that day", "the same day": the day of the date named before.
const SAME_DAY =
  /\b(?:(?:later|earlier)\s+(?:in\s+the\s+day|that\s+(?:day|morning|afternoon|evening))|(?:on\s+)?the\s+same\s+day)\b/giu;

/**
 * Words that name a day by the one before them: the last day named before in the paragraph, else
 * the first day the article names (its story's), else its own day; inferred and said so.
 */
function withSameDay(text: string, dates: FoundDate[], publishedOn: string): FoundDate[] {
  return withDatesOf(text, SAME_DAY, dates, (match) => {
    // The day named before in the same paragraph, else the story's day: the first the article names.
    const days = dates.filter((date) => date.precision === 'DAY' && date.end <= match.index!);
    const inParagraph = days.filter((date) => !text.slice(date.end, match.index).includes('\n')).at(-1);
    const previous = inParagraph ?? days[0];
    return {
      value: previous?.value ?? publishedOn,
      precision: 'DAY',
      inferred: true,
      basis: previous
        ? `“${match[0]}”: the day of “${previous.text}” (${previous.value})`
        : `“${match[0]}” read as the article’s date (${publishedOn})`,
    };
  });
}

// "Moscow answered the next day", "two days later", "the day before": so many days from the day
// named before. Not "the day after the poisoning", counted from what follows.
const DAYS_FROM_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+(next|following|previous)\s+day|(a|one|two|three|four|five|six|\d)\s+days?\s+(later|earlier)|the\s+day\s+(after|before)(?!\s+(?:the|a|an|his|her|their|its|\p{Lu}|\d)))(?![\p{L}])`,
  'giu',
);

/**
 * Days told by their distance from the day named before: the last day named before them in their
 * paragraph, else in the paragraph before (a story's next step); none further back, where the day
 * they count from is no longer clear, and none after the article's own day.
 */
function withDaysApart(text: string, dates: FoundDate[], publishedOn: string): FoundDate[] {
  let found = dates;
  for (const match of text.matchAll(DAYS_FROM_BEFORE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (found.some((date) => date.start < span.end && span.start < date.end)) continue;
    // Each counts from the one before it too: "the next day … two days later".
    const paragraphStart = text.lastIndexOf('\n', span.start - 1);
    const previousStart = paragraphStart <= 0 ? -1 : text.lastIndexOf('\n', paragraphStart - 1);
    const previous = found
      .filter((date) => date.precision === 'DAY' && date.end <= span.start && date.start > previousStart)
      .at(-1);
    if (!previous) continue;
    const day = new Date(`${previous.value}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + daysFrom(match));
    // A story's day after the article's own is a misreading of the day before, not news.
    if (day.toISOString().slice(0, 10) > publishedOn) continue;
    const date: FoundDate = {
      value: day.toISOString().slice(0, 10),
      precision: 'DAY',
      inferred: true,
      basis: `“${match[0]}”: counted from “${previous.text}” (${previous.value})`,
      ...span,
      text: match[0],
    };
    found = [...found, date].sort((a, b) => a.start - b.start);
  }
  return found;
}

/** How many days from the day before a DAYS_FROM_BEFORE match counts: 1, -1, 2 … */
function daysFrom(match: RegExpMatchArray): number {
  const [, nextOrPrevious, count, laterOrEarlier, afterOrBefore] = match;
  if (nextOrPrevious) return nextOrPrevious.toLowerCase() === 'previous' ? -1 : 1;
  if (afterOrBefore) return afterOrBefore.toLowerCase() === 'before' ? -1 : 1;
  return (NUMBER_WORDS[count!.toLowerCase()] ?? Number(count)) * (laterOrEarlier!.toLowerCase() === 'earlier' ? -1 : 1);
}

/**
 * The dates plus one for each match of `pattern` that no date already covers and that `read`
 * gives a value (what, not where: the match's span is the date's), in text order.
 */
function withDatesOf(
  text: string,
  pattern: RegExp,
  dates: FoundDate[],
  read: (match: RegExpMatchArray) => Omit<FoundDate, 'start' | 'end' | 'text'> | undefined,
): FoundDate[] {
  const added: FoundDate[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (dates.some((date) => date.start < end && start < date.end)) continue;
    const date = read(match);
    if (date) added.push({ ...date, start, end, text: match[0] });
  }
  return added.length === 0 ? dates : [...dates, ...added].sort((a, b) => a.start - b.start);
}

function trimmed(date: FoundDate): FoundDate {
  const text = date.text.replace(/[\s,.]+$/u, '');
  return { ...date, end: date.start + text.length, text };
}
