import { slugify } from '../vocabulary/normalize-id';
import { capitalise, overlaps, referringBack, type Mention } from './mention';

interface Occasion {
  type: string;
  pattern: RegExp;
  /** The event's name from the match and the places the sentence names. */
  name: (match: RegExpMatchArray, place: Mention | undefined) => string;
  /** In an article that names one summit, the occasion is that summit's ("held talks"). */
  partOfTheSummit?: boolean;
}

const PLACE_WORDS = "(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)";
// Who holds a press conference or briefing, named before it: "the State Department briefing".
const HOLDER = "(?:\\p{Lu}[\\p{L}’'-]+\\s+){0,3}";
const OCCASIONS: Occasion[] = [
  {
    type: 'summit',
    pattern:
      /(?<![\p{L}])(?:[Aa]|[Aa]n|[Tt]he)\s+(?:(three-way|trilateral|bilateral|two-day|emergency)\s+)?summit\s+of\s+(?:the\s+)?[^.,;]{0,60}?leaders(?![\p{L}])/gu,
    name: (match) => `${match[1] ? capitalise(match[1]) + ' summit' : 'Summit'} of leaders`,
  },
  {
    type: 'summit',
    pattern:
      /(?<![\p{L}])(?:[Aa]|[Aa]n|[Tt]he)\s+(three-way|trilateral|bilateral|two-day|emergency)\s+summit(?![\p{L}])/gu,
    name: (match) => `${capitalise(match[1]!)} summit`,
  },
  {
    type: 'call',
    pattern:
      /(?<![\p{L}])(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:daily\s+|weekly\s+)?(telephone|phone|conference|video)\s+call(?:\s+with\s+reporters)?(?![\p{L}])/gu,
    name: (match) => `${capitalise(match[1]!)} call`,
  },
  {
    type: 'press conference',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\\p{L}’']+’s)\\s+${HOLDER}(?:[\\p{Ll}-]+\\s+){0,2}?(?:press|news)\\s+conference(?![\\p{L}])(?:\\s+in\\s+${PLACE_WORDS})?`,
      'gu',
    ),
    name: (match) => `Press conference${match[1] ? ` in ${match[1]}` : ''}`,
  },
  {
    type: 'meeting',
    pattern:
      /(?<![\p{L}])(?:[Aa]|[Aa]n|[Tt]he|[Tt]heir)\s+(?:(?:first|second|third|latest|new|rare|brief|separate)\s+)?((?:two|three|four|five|six)-way|trilateral|bilateral|quadrilateral|one-on-one|face-to-face|closed-door|emergency|ministerial|high-level)\s+meeting(?![\p{L}])/gu,
    name: (match) => `${capitalise(match[1]!)} meeting`,
  },
  {
    type: 'visit',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\\p{L}’']+[’']s)\\s+(?:(?:state|official|planned|first|surprise|working|two-day|three-day)\\s+)*(?:visit|trip)\\s+to\\s+${PLACE_WORDS}`,
      'gu',
    ),
    name: (match) => `Visit to ${match[1]}`,
  },
  {
    // "with visits to Kyiv and Moscow": one diplomatic round of several stops.
    type: 'visit',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Tt]heir\\s+|[Hh]is\\s+|[Hh]er\\s+|[Tt]he\\s+|(?<=with\\s))(?:(?:state|official|separate|back-to-back|surprise)\\s+)*(?:visits|trips)\\s+to\\s+${PLACE_WORDS}\\s+and\\s+${PLACE_WORDS}`,
      'gu',
    ),
    name: (match) => `Visits to ${match[1]} and ${match[2]}`,
  },
  {
    type: 'talks',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Aa]nother|[Aa]\\s+new|[Tt]he\\s+next|[Tt]he\\s+\\p{Lu}\\p{L}+|[Tt]he\\s+latest)\\s+round\\s+of\\s+talks(?:\\s+in\\s+${PLACE_WORDS})?`,
      'gu',
    ),
    name: (match) => `Round of talks${match[1] ? ` in ${match[1]}` : ''}`,
  },
  {
    // "Biden and Putin held talks in Geneva": in an article that names one summit, its talks.
    type: 'talks',
    pattern:
      /(?<![\p{L}])(?:held|hold|holds|holding|began|begin|resumed|concluded)\s+(?:(?:direct|bilateral|lengthy|marathon|intensive|face-to-face|further)\s+)?talks(?![\p{L}])/gu,
    name: () => 'Talks',
    partOfTheSummit: true,
  },
  {
    // "after more than 16 hours of talks": talks of hours or days, in an article that names one
    // summit, are that summit's.
    type: 'talks',
    pattern:
      /(?<![\p{L}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:hours|days)\s+of\s+(?:(?:direct|intensive|tough|difficult)\s+)?talks(?![\p{L}])/gu,
    name: () => 'Talks',
    partOfTheSummit: true,
  },
  {
    // "for talks with Erdogan", "after two months of talks": talks of their own, as against
    // "calls for talks", a wish.
    type: 'talks',
    pattern:
      /(?<![\p{L}])(?:for\s+talks(?=\s+with\s)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:weeks|months|years|rounds)\s+of\s+(?:(?:direct|intensive|tough|difficult)\s+)?talks(?![\p{L}]))/gu,
    name: () => 'Talks',
  },
  {
    // "told the daily briefing", "at a press briefing": a spokesperson's briefing of the press;
    // "a briefing paper" is none.
    type: 'press briefing',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\\p{L}’']+[’']s)\\s+${HOLDER}(?:(?:daily|weekly|regular|noon|midday|press|news|media|televised|joint|online|virtual|closed-door)\\s+){0,2}briefing(?![\\p{L}]|\\s+(?:paper|note|document|book|room|material)s?(?![\\p{L}]))`,
      'gu',
    ),
    name: () => 'Press briefing',
  },
  {
    // "an emergency session of the Security Council": a body's meeting.
    type: 'meeting',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Aa]|[Aa]n|[Tt]he)\\s+(emergency|special|extraordinary|closed-door|closed)\\s+${HOLDER}session(?![\\p{L}])`,
      'gu',
    ),
    name: (match) => `${capitalise(match[1]!)} session`,
  },
  {
    // "the plenary session": the full sitting of a summit or conference, not a meeting of two.
    type: 'plenary session',
    pattern: /(?<![\p{L}])(?:[Aa]|[Tt]he)\s+plenary\s+session(?![\p{L}])/gu,
    name: () => 'Plenary session',
  },
  {
    // "The initiative was signed on Friday at Dolmabahçe Palace, in a ceremony hosted by …": a
    // ceremony in the clause of a signing is the signing ceremony.
    type: 'ceremony',
    // The look back comes last, so that it runs only where "a ceremony" stands.
    pattern:
      /(?<![\p{L}])[Aa]\s+ceremony(?![\p{L}])(?<=(?<![\p{L}])signed(?![\p{L}])[^.;!?\n]{0,100}[Aa]\s+ceremony)/gu,
    name: () => 'Signing ceremony',
  },
  {
    type: 'ceremony',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\\p{L}’']+[’']s)\\s+${HOLDER}(?:[\\p{Ll}-]+\\s+)?(signing|swearing-in|inauguration|inaugural|wreath-laying|handover|welcoming)\\s+ceremony(?![\\p{L}])`,
      'gu',
    ),
    name: (match) => `${capitalise(match[1]!)} ceremony`,
  },
  {
    type: 'siege',
    pattern: new RegExp(`(?<![\\p{L}])the\\s+siege\\s+of\\s+${PLACE_WORDS}`, 'gu'),
    name: (match) => `Siege of ${match[1]}`,
  },
];
const REFERENCE =
  /(?<![\p{L}])[Tt]he\s+(summit|call|talks|visit|trip|siege|meeting|session|ceremony|press conference|news conference|briefing)(?![\p{L}]|\s+(?:paper|note|document|book|room|material)s?(?![\p{L}]))/gu;

// "the news conference" refers back to a press conference, "the trip" to a visit, "the session"
// to a meeting.
const REFERENCE_TYPE: Record<string, string> = {
  'news conference': 'press conference',
  trip: 'visit',
  session: 'meeting',
  briefing: 'press briefing',
};

// "the next round of talks", "a new round of talks": an occasion still to come.
const FUTURE = /^(?:another|a\s+new|the\s+next)\s/iu;

/**
 * An occasion still to come, with neither a place nor a date of its own ("the next round of
 * talks"), is a plan the article mentions, not an event the graph can tell from another.
 */
function isVagueFuture(
  text: string,
  match: RegExpMatchArray,
  dates: readonly { start: number; end: number }[],
): boolean {
  if (!FUTURE.test(match[0]) || match[1]) return false;
  const end = match.index! + match[0].length;
  const rest = text.slice(end, end + 60);
  const sentenceEnd = end + (/[.!?\n]/u.exec(rest)?.index ?? rest.length);
  return !dates.some((date) => date.start >= end && date.start < sentenceEnd);
}

/** The summit an article names, when it names one and only one. */
function theOneSummit(known: readonly Mention[]): Mention | undefined {
  const summits = known.filter((m) => m.kind === 'Event' && m.details?.eventType === 'summit');
  return new Set(summits.map((m) => m.key)).size === 1 ? summits[0] : undefined;
}

/**
 * Occasions an article names without a proper name: an unnamed summit ("a three-way summit"), a
 * telephone or conference call, a press conference, a trilateral (bilateral, …)
 * meeting or session, a visit or trip to a place, a signing (or other) ceremony, a round of talks,
 * a siege; and "the summit", "the call", "the
 * talks" for the last one named. They are the article's own events: their ids
 * carry its suffix, and two articles' "telephone call" never merge.
 */
export function findOccasions(
  text: string,
  localSuffix: string,
  known: readonly Mention[],
  dates: readonly { start: number; end: number }[] = [],
): Mention[] {
  const found: Mention[] = [];
  const taken = (span: { start: number; end: number }) =>
    found.some((m) => overlaps(m, span)) || known.some((m) => m.kind === 'Event' && overlaps(m, span));
  let count = 0;
  for (const occasion of OCCASIONS) {
    for (const match of text.matchAll(occasion.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (taken(span)) continue;
      if (isVagueFuture(text, match, dates)) continue;
      const name = occasion.name(match, undefined);
      const summit = occasion.partOfTheSummit ? theOneSummit(known) : undefined;
      if (summit) {
        found.push(referringBack(summit, span, text, 0.5, `"${match[0]}" are the talks of ${summit.name}`));
        continue;
      }
      // "the press conference" again: the one named before, not a second.
      const earlier = /^[Tt]he\s/u.test(match[0])
        ? found.filter((m) => m.name === name && m.details?.eventType === occasion.type && m.end <= span.start).at(-1)
        : undefined;
      if (earlier) {
        found.push(referringBack(earlier, span, text, 0.5, `"${match[0]}" refers back to ${earlier.text}`));
        continue;
      }
      count += 1;
      found.push({
        ...span,
        text: match[0],
        kind: 'Event',
        key: `event:${slugify(name)}-${localSuffix}-${count}`,
        name,
        confidence: 0.55,
        reason: `an occasion the article names ("${match[0]}")`,
        details: { eventType: occasion.type },
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const named = [...found];
  const events = [...found, ...known.filter((m) => m.kind === 'Event')];
  for (const match of text.matchAll(REFERENCE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken(span) || known.some((m) => overlaps(m, span))) continue;
    const type = REFERENCE_TYPE[match[1]!] ?? match[1];
    // "a summit hosted by Macron … The meeting at the Élysée Palace": with no meeting (or talks)
    // named, "the meeting" ("the talks") is the summit.
    const earlier =
      named.filter((m) => m.details?.eventType === type && m.end <= span.start).at(-1) ??
      (type === 'meeting' || type === 'talks'
        ? events.filter((m) => m.details?.eventType === 'summit' && m.end <= span.start).at(-1)
        : undefined);
    if (!earlier) continue;
    // Another event named in between makes "the meeting" ambiguous: no reference rather than a wrong one.
    const between = { start: earlier.end, end: span.start };
    if (events.some((m) => m.key !== earlier.key && m.start >= between.start && m.end <= between.end)) continue;
    found.push(referringBack(earlier, span, text, 0.5, `"${match[0]}" refers back to ${earlier.text}`));
  }
  return found;
}
