import { slugify } from '../vocabulary/normalize-id';
import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { AFTER_WORD, BEFORE_WORD, overlaps, type Mention } from './mention';

const SUMMIT = new RegExp(`${BEFORE_WORD}summit${AFTER_WORD}`, 'gu');
const SUMMIT_REFERENCE = new RegExp(`${BEFORE_WORD}[Tt]he\\s+summit${AFTER_WORD}`, 'gu');
const TALKS = new RegExp(
  `${BEFORE_WORD}(?:[Tt]he\\s+)?(?:(\\p{Lu}\\p{L}+|first|second|third|fourth|fifth|sixth|seventh|eighth|latest|next|new)\\s+round\\s+of\\s+(?:the\\s+)?)?((?:\\p{Lu}[\\p{L}-]*\\s+)+)(?:peace\\s+)?talks${AFTER_WORD}`,
  'gu',
);
// "Putin and Trump met", "X met with Y", "a meeting between X and Y".
const MET = new RegExp(`${BEFORE_WORD}(?:met|meet|meets|meeting)${AFTER_WORD}`, 'gu');
// Words allowed between an organization's name and "summit": "25th", "(APEC)", "international".
const SUMMIT_FILLER = /^(?:\s*\([^)]*\))?(?:\s+(?:international|leaders'?|annual|\d+(?:st|nd|rd|th)))*\s+$/u;

function surnameOf(name: string): string {
  return name.split(/\s+/).at(-1) ?? name;
}

export interface EventsFound {
  mentions: Mention[];
  /** Meetings between two people the sentence names: who met, where the words are. */
  meetings: { key: string; participants: Mention[]; start: number; end: number }[];
}

/**
 * Events news names by pattern: summits of an organization ("the G20 summit", "the 25th
 * Asia-Pacific Economic Cooperation (APEC) international summit"), rounds of talks, and
 * meetings between two people. A summit recurs every year, so its id carries the year the
 * article is about; meetings and talks are the article's own.
 */
export function findEvents(
  text: string,
  sentences: readonly SentenceSpan[],
  localSuffix: string,
  year: string,
  entities: readonly Mention[],
): EventsFound {
  const mentions: Mention[] = [];
  const organizations = entities.filter((m) => m.kind === 'Organization');
  const summitMentions: Mention[] = [];
  for (const match of text.matchAll(SUMMIT)) {
    const organization = [...organizations]
      .reverse()
      .find((m) => m.end <= match.index && SUMMIT_FILLER.test(text.slice(m.end, match.index)));
    if (!organization) continue;
    const short = organization.text.replace(/^#/, '');
    const start = text.slice(Math.max(0, organization.start - 4), organization.start).endsWith('the ')
      ? organization.start - 4
      : organization.start;
    const mention: Mention = {
      start,
      end: match.index + match[0].length,
      text: text.slice(start, match.index + match[0].length),
      kind: 'Event',
      key: `event:${slugify(organization.name)}-summit-${year}`,
      name: `${organization.name} summit`,
      confidence: 0.8,
      reason: `a summit of ${organization.name} ("${short} summit")`,
      details: { eventType: 'summit' },
    };
    summitMentions.push(mention);
  }
  mentions.push(...summitMentions);
  for (const match of text.matchAll(SUMMIT_REFERENCE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (mentions.some((m) => overlaps(m, span))) continue;
    const lastSummit = summitMentions.filter((m) => m.start < span.start).at(-1);
    if (!lastSummit) continue;
    mentions.push({
      ...span,
      text: match[0],
      kind: 'Event',
      key: lastSummit.key,
      name: lastSummit.name,
      confidence: 0.7,
      reason: `"the summit" refers back to ${lastSummit.name}`,
      details: lastSummit.details,
    });
  }

  for (const match of text.matchAll(TALKS)) {
    const subject = match[2]!.trim();
    const start = match.index;
    const end = start + match[0].length;
    const name = `${subject} peace talks${match[1] ? `, ${match[1]} round` : ''}`;
    mentions.push({
      start,
      end,
      text: match[0],
      kind: 'Event',
      key: `event:${slugify(name)}-${localSuffix}`,
      name,
      confidence: 0.7,
      reason: 'a round of talks',
      details: { eventType: 'talks' },
    });
  }

  const meetings: EventsFound['meetings'] = [];
  const people = entities.filter((m) => m.kind === 'Person');
  for (const match of text.matchAll(MET)) {
    const sentence = sentences.find((s) => s.start <= match.index && match.index < s.end);
    if (!sentence) continue;
    const inSentence = people.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const keys = [...new Map(inSentence.map((m) => [m.key, m])).values()];
    if (keys.length !== 2) continue;
    const [a, b] = keys.sort((x, y) => x.name.localeCompare(y.name)) as [Mention, Mention];
    // Two meetings of the same people in one article are two events ("first met in July").
    const key = `event:meeting-${slugify(surnameOf(a.name))}-${slugify(surnameOf(b.name))}-${localSuffix}-${sentence.index}`;
    const start = Math.min(match.index, ...inSentence.map((m) => m.start));
    const end = Math.max(match.index + match[0].length, ...inSentence.map((m) => m.end));
    if (meetings.some((meeting) => meeting.key === key)) continue;
    meetings.push({ key, participants: [a, b], start, end });
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      kind: 'Event',
      key,
      name: `Meeting of ${a.name} and ${b.name}`,
      confidence: 0.6,
      reason: `"${match[0]}" with two people named in the sentence`,
      details: { eventType: 'meeting' },
    });
  }
  return { mentions, meetings };
}
