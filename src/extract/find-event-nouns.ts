import { slugify } from '../vocabulary/normalize-id';
import type { FoundDate } from './find-dates';
import type { IncidentFact, IncidentsFound } from './find-incidents';
import { capitalise, overlaps, spanOver, type Mention } from './mention';

// Nouns news reports a happening by, with the kind of event each names. "negotiations" are talks.
const EVENT_NOUNS: Readonly<Record<string, string>> = {
  vote: 'vote',
  election: 'election',
  elections: 'election',
  referendum: 'referendum',
  signing: 'signing',
  speech: 'speech',
  interview: 'interview',
  hearing: 'hearing',
  trial: 'trial',
  arrest: 'arrest',
  detention: 'detention',
  seizure: 'seizure',
  capture: 'seizure',
  release: 'release',
  swap: 'exchange',
  withdrawal: 'withdrawal',
  deployment: 'deployment',
  invasion: 'invasion',
  annexation: 'annexation',
  incursion: 'incursion',
  protest: 'protest',
  protests: 'protest',
  rally: 'protest',
  demonstration: 'protest',
  demonstrations: 'protest',
  resignation: 'resignation',
  inauguration: 'inauguration',
  negotiations: 'talks',
  clashes: 'clash',
};
const NOUN = Object.keys(EVENT_NOUNS).join('|');
// A determiner, then up to three words that qualify the noun ("the UN Security Council vote",
// "a snap election", "the prisoner swap"); not "press release".
const EVENT_PHRASE = new RegExp(
  `(?<![\\p{L}])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\\p{L}’']+[’']s)\\s+)((?:(?!press\\s)[\\p{L}\\d-]+\\s+){0,3}?)(${NOUN})(?![\\p{L}])`,
  'gu',
);
// "Monday’s vote", "last week’s election", "the 2014 annexation": a date of its own before it.
const DATED_BEFORE =
  /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+week|last\s+month|last\s+year)[’']s\s+|the\s+(?:19|20)\d\d\s+)/iu;
// After the noun, what says which one: "in Crimea", "on Monday", "of Alexei Navalny", "on the resolution".
const ANCHOR_AFTER = /^\s+(?:in|at|on|of|over|against|by|for|from)\s+(?:the\s+)?$/u;
const ANCHORING_KINDS: ReadonlySet<string> = new Set(['Person', 'Country', 'Place', 'Organization', 'Document']);
// Whose arrest, release or speech it is: "the arrest of Alexei Navalny", "the release by Russia of".
const PERSON_AFTER = /^\s+of\s+(?:\p{Ll}+\s+){0,2}$/u;

interface EventWords {
  start: number;
  end: number;
  type: string;
  noun: string;
  place?: Mention;
  person?: Mention;
}

/**
 * Events news names by a common noun ("the vote on Monday", "the annexation of Crimea", "the
 * arrest of Alexei Navalny", "Sunday’s election"): taken only when the words say which one (a
 * date, a place, a named party or document just after it, a name or a date just before it); "the
 * vote" later in the article refers back to the last one named. Each is the article's own event:
 * its id carries the article's suffix, and resolution decides whether it is a known one.
 */
export function findEventNouns(
  text: string,
  localSuffix: string,
  known: readonly Mention[],
  dates: readonly FoundDate[],
): IncidentsFound {
  const named = known.filter((m) => ANCHORING_KINDS.has(m.kind));
  const headlineEnd = text.indexOf('\n');
  const anchored: EventWords[] = [];
  const references: EventWords[] = [];
  for (const match of text.matchAll(EVENT_PHRASE)) {
    const start = match.index + match[1]!.length;
    const end = match.index + match[0].length;
    if (start < headlineEnd) continue;
    const span = { start, end };
    if (known.some((m) => (m.kind === 'Event' || m.kind === 'Document') && overlaps(m, span))) continue;
    const noun = match[3]!.toLowerCase();
    const type = EVENT_NOUNS[noun]!;
    const before = text.slice(match.index, start);
    const afterAt = (m: { start: number }) =>
      m.start >= end && m.start - end <= 12 && ANCHOR_AFTER.test(text.slice(end, m.start));
    const after = named.find(afterAt);
    const dateAfter =
      dates.find((d) => d.start >= end && d.start - end <= 4 && /^\s*$/u.test(text.slice(end, d.start))) ??
      dates.find(afterAt);
    // "the Security Council vote", "the Crimea annexation": a name among the words before the noun.
    const nameBefore = named.find((m) => m.start >= start && m.end <= start + match[2]!.length);
    const dated = DATED_BEFORE.test(before + match[2]!) || Boolean(dateAfter);
    const words: EventWords = { start, end, type, noun };
    const place = [after, nameBefore].find((m) => m && (m.kind === 'Place' || m.kind === 'Country'));
    if (place) words.place = place;
    if (after?.kind === 'Person' && PERSON_AFTER.test(text.slice(end, after.start))) words.person = after;
    if (after || nameBefore || dated) anchored.push(words);
    else if (/^the\s+$/iu.test(before) && match[2] === '') references.push(words);
  }
  const mentions: Mention[] = [];
  const facts: IncidentFact[] = [];
  for (const [index, words] of anchored.entries()) {
    const key = `event:${slugify(words.type)}-${localSuffix}-${index + 1}`;
    const mention: Mention = {
      start: words.start,
      end: words.end,
      text: text.slice(words.start, words.end),
      kind: 'Event',
      key,
      name: capitalise(text.slice(words.start, words.end)),
      confidence: 0.5,
      reason: `a ${words.type} the article names ("${text.slice(words.start, words.end)}")`,
      details: { eventType: words.type },
    };
    mentions.push(mention);
    if (words.place)
      facts.push({ type: 'OCCURRED_IN', from: mention, to: words.place, evidence: spanOver(mention, words.place) });
    if (words.person)
      facts.push({
        type: 'PARTICIPATED_IN',
        from: words.person,
        to: mention,
        evidence: spanOver(mention, words.person),
        role: 'participant',
      });
  }
  for (const words of references) {
    const earlier = mentions.filter((m) => m.details?.eventType === words.type && m.end <= words.start).at(-1);
    if (!earlier) continue;
    mentions.push({
      ...earlier,
      start: words.start,
      end: words.end,
      text: text.slice(words.start, words.end),
      confidence: 0.45,
      reason: `"the ${words.noun}" refers back to ${earlier.text}`,
      refersBack: true,
    });
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), facts };
}
