import { slugify } from '../vocabulary/normalize-id';
import type { Mention } from './mention';

// "Storm Ciarán", "Hurricane Ian", "Super Typhoon Haiyan": a storm the weather services have named.
const NAMED_STORM =
  /(?<![\p{L}])((?:Tropical\s+Storm|Super\s+Typhoon|Storm|Hurricane|Typhoon|Cyclone))\s+(\p{Lu}[\p{Ll}’'-]+)(?![\p{L}])/gu;
// "Hurricane Katrina in 2005", "2017's Hurricane Maria": the year the words give the storm.
const YEAR_AFTER = /^\s+(?:in|of)\s+((?:19|20)\d{2})(?![\p{N}])/u;
const YEAR_BEFORE = /((?:19|20)\d{2})(?:[’']s)?\s+$/u;

/**
 * Storms named by a weather service, each an event of type storm, known by its name and year
 * (the year the words give it, else the article's: the lists of names come round again).
 */
export function findNamedStorms(text: string, year: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(NAMED_STORM)) {
    const start = match.index;
    const end = start + match[0].length;
    const name = `${match[1]!.replace(/\s+/gu, ' ')} ${match[2]}`;
    const stated =
      YEAR_AFTER.exec(text.slice(end, end + 12))?.[1] ??
      YEAR_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1];
    found.push({
      start,
      end,
      text: match[0],
      kind: 'Event',
      key: `event:${slugify(name)}-${stated ?? year}`,
      name,
      confidence: 0.8,
      reason: `a named storm ("${match[0]}")`,
      details: { eventType: 'storm' },
    });
  }
  return found;
}
