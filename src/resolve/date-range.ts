/** A span of days, as ISO dates (inclusive), that a date value or a window covers. */
export interface DateRange {
  from: string;
  to: string;
}

/** The days a date value written at its precision covers: `2017-07` → 1 to 31 July 2017. */
export function rangeOf(value: string): DateRange {
  const [year, month, day] = value.split('-');
  if (day) return { from: value, to: value };
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { from: `${year}-${month}-01`, to: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** How many days before its report an undated document or event may have happened. */
export const RECENT_DAYS = 7;

/**
 * When something happened, as far as is known: its date at its precision (an inferred one two
 * days wider), or, undated, the days before the first report of it.
 */
export function whenOf(thing: {
  date?: string;
  dateInferred?: boolean;
  firstReported?: string;
}): DateRange | undefined {
  if (thing.date) return widened(rangeOf(thing.date), thing.dateInferred ? 2 : 0);
  return thing.firstReported ? recentWindow(thing.firstReported, RECENT_DAYS) : undefined;
}

/** A range widened by some days on each side. */
export function widened(range: DateRange, days: number): DateRange {
  return { from: shiftDays(range.from, -days), to: shiftDays(range.to, days) };
}

/** The days before a publication date that an undated report of something recent can mean. */
export function recentWindow(publishedOn: string, days: number): DateRange {
  return { from: shiftDays(publishedOn, -days), to: publishedOn };
}

export function overlap(a: DateRange, b: DateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
