import { slugify } from '../vocabulary/normalize-id';
import { sentencesOverlapping, type SentenceSpan } from '../vocabulary/segment-sentences';
import { isEnglishWord } from './english-words';
import { AFTER_WORD, BEFORE_WORD, overlaps, type Mention } from './mention';

const SUMMIT = new RegExp(`${BEFORE_WORD}summit${AFTER_WORD}`, 'gu');
const SUMMIT_REFERENCE = new RegExp(`${BEFORE_WORD}[Tt]he\\s+summit${AFTER_WORD}`, 'gu');
const TALKS = new RegExp(
  `${BEFORE_WORD}(?:[Tt]he\\s+)?(?:(\\p{Lu}\\p{L}+|first|second|third|fourth|fifth|sixth|seventh|eighth|latest|next|new)\\s+round\\s+of\\s+(?:the\\s+)?)?((?:\\p{Lu}[\\p{L}-]*\\s+)+)(?:peace\\s+)?talks${AFTER_WORD}`,
  'gu',
);
// "Putin and Trump met", "X met with Y", "a meeting between X and Y".
const MET = new RegExp(`${BEFORE_WORD}(?:met|meet|meets|meeting)${AFTER_WORD}`, 'gu');
// "a trilateral meeting", "a four-way meeting": a meeting of more than two.
const MORE_THAN_TWO_BEFORE =
  /(?<![\p{L}])(?:trilateral|quadrilateral|multilateral|(?:three|four|five|six)-way|three-party|four-party)\s+$/iu;
// Words allowed between an organization's name and "summit": "25th", "(APEC)", "international".
const SUMMIT_FILLER = /^(?:\s*\([^)]*\))?(?:\s+(?:international|leaders'?|annual|\d+(?:st|nd|rd|th)))*\s+$/u;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// The year a summit's own words give: "the 2017 G20 summit", "the G20 summit in Hamburg in July
// 2017", "the summit of 2016". Only words right beside the name count, not any year in the sentence.
const YEAR_BEFORE = /(?<![\p{L}\p{N}])((?:19|20)\d{2})\s+$/u;
const YEAR_AFTER = new RegExp(
  `^(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+(?:,?\\s+\\p{Lu}[\\p{L}-]+)?)?\\s+(?:in|of)\\s+(?:(?:early|late|mid-)\\s*)?(?:(?:\\d{1,2}\\s+)?(?:${MONTHS})(?:\\s+\\d{1,2},?)?\\s+)?((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'u',
);
// "the Helsinki summit", "after Singapore summit" (a headline), "the “historic” Singapore
// summit": a summit named after where it was held.
const SUMMIT_AFTER_PLACE = /^\s+summit(?![\p{L}\p{N}])/u;
const SUMMIT_IN_PLACE = /(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)\s+(?:[\p{Ll}\d-]+\s+){0,3}summit\s+in\s+$/u;
const ARTICLE_BEFORE_PLACE = /(?<![\p{L}])[Tt]he\s+(?:["“‘][\p{L}-]+["”’]\s+|\p{Ll}[\p{L}-]*\s+)?$/u;

function ownYear(text: string, start: number, end: number, fallback: string): string {
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  const after = YEAR_AFTER.exec(text.slice(end, end + 60))?.[1];
  return before ?? after ?? fallback;
}

/**
 * Whether the sentence's two people are the ones who meet: "A and B met", "A met (with) B", "A
 * will meet B", "A's meeting with B", "a meeting between A and B", "A and B … when they met"; not any two people a sentence
 * with "meeting" names ("Trump told Moon after the meeting that Kim …").
 */
function meetingWords(text: string, match: RegExpMatchArray, people: readonly Mention[]): boolean {
  const verbStart = match.index!;
  const verbEnd = verbStart + match[0].length;
  const sorted = [...people].sort((a, b) => a.start - b.start);
  const before = sorted.filter((m) => m.end <= verbStart && verbStart - m.end <= 40);
  const after = sorted.filter((m) => m.start >= verbEnd && m.start - verbEnd <= 40);
  const keys = (mentions: readonly Mention[]) => new Set(mentions.map((m) => m.key)).size;
  // "Putin and Trump met", "Putin and Trump will meet": both before, joined by "and".
  if (keys(before) >= 2 && /(?<![\p{L}])and(?![\p{L}])/u.test(text.slice(before[0]!.end, before.at(-1)!.start)))
    return true;
  // "Putin and Erdoğan discussed the corridor when they met": "they" for the two the sentence opens on.
  const allBefore = sorted.filter((m) => m.end <= verbStart);
  if (
    keys(allBefore) >= 2 &&
    /(?<![\p{L}])(?:they|the\s+two(?:\s+\p{Ll}+)?)\s+(?:\p{Ll}+\s+)?$/u.test(
      text.slice(Math.max(0, verbStart - 24), verbStart),
    ) &&
    /^\s+and\s+$/u.test(text.slice(allBefore[0]!.end, allBefore[1]!.start))
  )
    return true;
  // "a meeting between Putin and Trump", "the meeting of Putin and Trump".
  if (keys(after) >= 2 && /^\s+(?:between|of)\s/u.test(text.slice(verbEnd, verbEnd + 10))) return true;
  // "Putin met (with) Trump", "Putin's meeting with Trump": one before, one right after.
  const other = after.find((m) => !before.some((b) => b.key === m.key));
  return (
    before.length > 0 &&
    other !== undefined &&
    /^\s+(?:(?:with|on\s+Monday|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(
      text.slice(verbEnd, other.start),
    )
  );
}

function surnameOf(name: string): string {
  return name.split(/\s+/).at(-1) ?? name;
}

export interface EventsFound {
  mentions: Mention[];
  /** Meetings between two people the sentence names: who met, where the words are. */
  meetings: { key: string; participants: Mention[]; start: number; end: number }[];
  /** Events held where the article is datelined, as their words say nothing else. */
  datelined: string[];
  /** Who took part in other events, as their words say ("US-South Korean war games"). */
  takingPart: { key: string; participants: Mention[]; start: number; end: number }[];
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
  datelinePlace?: Mention,
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
    const end = match.index + match[0].length;
    const mention: Mention = {
      start,
      end,
      text: text.slice(start, end),
      kind: 'Event',
      key: `event:${slugify(organization.name)}-summit-${ownYear(text, start, end, year)}`,
      name: `${organization.name} summit`,
      confidence: 0.8,
      reason: `a summit of ${organization.name} ("${short} summit")`,
      details: { eventType: 'summit' },
    };
    summitMentions.push(mention);
  }
  const placeSummits = findPlaceSummits(text, entities, year, summitMentions);
  const datelined: string[] = [];
  const summitMeetings: EventsFound['meetings'] = [];
  if (summitMentions.length === 0 && placeSummits.length === 0) {
    // The first summit the article reports as held and names by nothing but the word.
    const [bare] = heldSummitWords(text, sentences, BARE_SUMMIT);
    const summit = datelinePlace && bare ? datelineSummit(bare.match, year, datelinePlace) : undefined;
    if (summit) {
      placeSummits.push({ mention: summit, placeKey: datelinePlace!.key });
      datelined.push(summit.key);
    }
    const between = summitOfTwo(text, sentences, localSuffix, entities, summit);
    if (between) {
      if (!summit) summitMentions.push(between.mention);
      summitMeetings.push({ ...between, key: summit?.key ?? between.mention.key });
    }
    // A summit known by a name of its own, when nothing else says which summit it is.
    const named = !summit && !between ? findNamedSummits(text, entities, year) : [];
    summitMentions.push(...named);
    // "the summit", and nothing more: the article's own summit, which resolution may find among
    // the known summits of the people the article names.
    const unnamed =
      !summit && !between && named.length === 0 && bare ? unnamedSummit(bare.match, localSuffix) : undefined;
    if (unnamed) summitMentions.push(unnamed);
  }
  summitMentions.push(...placeSummits.map(({ mention }) => mention));
  summitMentions.sort((a, b) => a.start - b.start);
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
      refersBack: true,
      details: lastSummit.details,
    });
  }
  // "at a summit hosted by …", "their summit": in an article that names one summit only, a summit
  // it reports as held is that one.
  const [only, ...others] = new Set(summitMentions.map((m) => m.key));
  const onlySummit = only && others.length === 0 ? summitMentions.find((m) => m.key === only) : undefined;
  for (const { match } of onlySummit ? heldSummitWords(text, sentences, BARE_SUMMIT) : []) {
    const span = { start: match.index!, end: match.index! + match[0].length };
    if (mentions.some((m) => overlaps(m, span))) continue;
    mentions.push({
      ...span,
      text: match[0],
      kind: 'Event',
      key: onlySummit!.key,
      name: onlySummit!.name,
      confidence: 0.6,
      reason: `"${match[0]}": the one summit the article names, ${onlySummit!.name}`,
      refersBack: true,
      details: onlySummit!.details,
    });
  }

  for (const match of text.matchAll(TALKS)) {
    const subject = match[2]!.trim();
    const start = match.index;
    // "Follow-on peace talks will…": a common word capitalised because it opens a sentence names nothing.
    const opensSentence = start === 0 || /[.!?\n]\s*$/u.test(text.slice(Math.max(0, start - 3), start));
    if (!match[1] && opensSentence && isEnglishWord(subject.split(/\s+/)[0]!)) continue;
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
  const seenInSentence = new Set<string>();
  for (const match of text.matchAll(MET)) {
    const sentence = sentences.find((s) => s.start <= match.index && match.index < s.end);
    if (!sentence) continue;
    const inSentence = people.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const keys = [...new Map(inSentence.map((m) => [m.key, m])).values()];
    if (keys.length !== 2) continue;
    // "a trilateral meeting with Taro Kono": more than the two the sentence names met.
    if (MORE_THAN_TWO_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    if (!meetingWords(text, match, inSentence)) continue;
    const [a, b] = keys.sort((x, y) => x.name.localeCompare(y.name)) as [Mention, Mention];
    // Two meetings of the same people in one article are two events ("first met in July").
    const key = `event:meeting-${slugify(surnameOf(a.name))}-${slugify(surnameOf(b.name))}-${localSuffix}-${sentence.index}`;
    const start = Math.min(match.index, ...inSentence.map((m) => m.start));
    const end = Math.max(match.index + match[0].length, ...inSentence.map((m) => m.end));
    // Two leaders who met in a place whose summit the article names met at that summit.
    const summit = placeSummits.find(({ placeKey }) =>
      entities.some(
        (m) =>
          m.key === placeKey &&
          m.start >= sentence.start &&
          m.end <= sentence.end &&
          /^\s+in\s+$/u.test(text.slice(match.index + match[0].length, m.start)),
      ),
    )?.mention;
    const eventKey = summit?.key ?? key;
    // One encounter of the same two people a sentence: its other "met" or "meeting" words are it too.
    if (seenInSentence.has(key)) continue;
    seenInSentence.add(key);
    meetings.push({ key: eventKey, participants: [a, b], start, end });
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      kind: 'Event',
      key: eventKey,
      name: summit?.name ?? `Meeting of ${a.name} and ${b.name}`,
      confidence: 0.6,
      reason: summit
        ? `"${match[0]}" in the place of ${summit.name}, with two people named in the sentence`
        : `"${match[0]}" with two people named in the sentence`,
      details: { eventType: summit ? 'summit' : 'meeting' },
    });
  }
  const exercises = militaryExercises(text, sentences, localSuffix, entities, mentions);
  mentions.push(...exercises.mentions);
  const talks = conversations(text, sentences, localSuffix, people, mentions);
  mentions.push(...talks.map((talk) => talk.mention));
  return {
    mentions,
    meetings: [...summitMeetings, ...meetings],
    datelined,
    takingPart: [...(exercises.held ? [exercises.held] : []), ...talks],
  };
}

// "the first Normandy Format summit", "a Three Seas summit": a summit known by a name of its own.
const NAMED_SUMMIT =
  /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:(?:first|second|third|last|latest|next|new|annual|\d+(?:st|nd|rd|th))\s+)*((?:\p{Lu}[\p{L}-]*\s+){1,3})summit(?![\p{L}])/gu;

/**
 * Summits known by a name that is no organization, place or person the article names ("the
 * Normandy Format summit"), in running text, with a word of the name that is not an English word
 * (so "the Climate Summit" or a Title Case phrase is not one). The id carries the year, as an
 * organization's summit's does.
 */
function findNamedSummits(text: string, entities: readonly Mention[], year: string): Mention[] {
  const found: Mention[] = [];
  const headlineEnd = text.indexOf('\n');
  for (const match of text.matchAll(NAMED_SUMMIT)) {
    const words = match[1]!.trim();
    const nameStart = match.index + match[0].lastIndexOf(match[1]!);
    const span = { start: nameStart, end: match.index + match[0].length };
    if (match.index < headlineEnd) continue;
    if (!words.split(/\s+/).some((word) => !isEnglishWord(word))) continue;
    if (entities.some((m) => overlaps(m, { start: nameStart, end: nameStart + words.length }))) continue;
    found.push({
      ...span,
      text: text.slice(span.start, span.end),
      kind: 'Event',
      key: `event:${slugify(words)}-summit-${ownYear(text, match.index, span.end, year)}`,
      name: `${words} summit`,
      confidence: 0.6,
      reason: `a summit known by a name of its own ("${words} summit")`,
      details: { eventType: 'summit' },
    });
  }
  return found;
}

/**
 * Summits named after their place ("the Helsinki summit"): a known place or country in the
 * words before "summit". The name recurs (Helsinki hosted summits in 1975, 1990 and 2018), so the
 * id carries the year the words give, or the article's.
 */
// "at the end of a summit", "the summit": a summit the article reports without naming it.
const BARE_SUMMIT =
  /(?<![\p{L}])(?:[Aa]|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]his)\s+(?:(?:historic|first|two-day|one-day|landmark|high-stakes)\s+)?summit(?![\p{L}])(?!\s+(?:of|in|on|at|with)\s)/gu;
// A summit still to come is not the one held where the reporter writes from.
export const NOT_YET =
  /(?<![\p{L}])(?:will|would|next|planned|upcoming|proposed|possible|potential|future|could|may|might)(?![\p{L}])/iu;

/**
 * "SINGAPORE, June 12 – … signed a joint statement at the end of a summit": an article whose
 * dateline names a place and which reports a summit it names in no other way (no organization,
 * no place of its own) reports that place's summit of the year, when it says the summit took place.
 */
function datelineSummit(match: RegExpMatchArray, year: string, datelinePlace: Mention): Mention {
  const words = match[0];
  return {
    start: match.index!,
    end: match.index! + words.length,
    text: words,
    kind: 'Event',
    key: `event:${slugify(datelinePlace.name)}-summit-${year}`,
    name: `${datelinePlace.name} summit`,
    confidence: 0.6,
    reason: `"${words}", reported from ${datelinePlace.name}, the place of the article's dateline`,
    details: { eventType: 'summit' },
  };
}

/** The article's own summit, named by nothing but the word. */
function unnamedSummit(match: RegExpMatchArray, localSuffix: string): Mention {
  return {
    start: match.index!,
    end: match.index! + match[0].length,
    text: match[0],
    kind: 'Event',
    key: `event:summit-${localSuffix}`,
    name: 'Summit',
    confidence: 0.5,
    reason: `"${match[0]}": a summit the article reports without naming it`,
    details: { eventType: 'summit' },
  };
}

/**
 * The words for a summit in running text (not the headline) whose sentence says it has taken
 * place: none that "will", "could" or "next month" be held.
 */
function* heldSummitWords(
  text: string,
  sentences: readonly SentenceSpan[],
  pattern: RegExp,
): Generator<{ match: RegExpMatchArray; sentence: SentenceSpan }> {
  const headlineEnd = text.indexOf('\n');
  for (const match of text.matchAll(pattern)) {
    if (match.index < headlineEnd) continue;
    const sentence = sentenceAt(sentences, match.index);
    if (sentence && !NOT_YET.test(sentence.text)) yield { match, sentence };
  }
}

function sentenceAt(sentences: readonly SentenceSpan[], at: number): SentenceSpan | undefined {
  return sentencesOverlapping(sentences, at, at + 1).find((s) => s.start <= at && at < s.end);
}

/** The two distinct entities of one kind among those found, if there are exactly two. */
function exactlyTwo(found: readonly Mention[]): Mention[] | undefined {
  const distinct = [...new Map(found.map((m) => [m.key, m])).values()];
  return distinct.length === 2 && distinct[0]!.kind === distinct[1]!.kind ? distinct : undefined;
}

const ACTORS = new Set(['Person', 'Country']);

/**
 * A summit the article names by its two parties, or that two it names held: "the Trump-Kim
 * summit", "a summit between Trump and Kim", "Trump and Kim … at the end of a summit". Its
 * participants let resolution find it among the summits the graph knows; with none, no event.
 */
function summitOfTwo(
  text: string,
  sentences: readonly SentenceSpan[],
  localSuffix: string,
  entities: readonly Mention[],
  datelined: Mention | undefined,
): { mention: Mention; participants: Mention[]; start: number; end: number } | undefined {
  const actors = entities.filter((m) => ACTORS.has(m.kind)).sort((a, b) => a.start - b.start);
  for (const { match, sentence } of heldSummitWords(text, sentences, SUMMIT)) {
    const at = match.index!;
    const end = at + match[0].length;
    const inSentence = actors.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    // "the Trump-Kim summit", "the US-North Korea summit".
    const hyphened = exactlyTwo(
      inSentence.filter((m) => m.end <= at && HYPHENED_PAIR.test(text.slice(m.start, at)) && at - m.start <= 40),
    );
    // "a summit between Trump and Kim".
    const betweenStart = /^\s+between\s+/u.exec(text.slice(end, end + 10));
    const between = betweenStart
      ? exactlyTwo(inSentence.filter((m) => m.start >= end && m.start - end <= 60).slice(0, 2))
      : undefined;
    // "Trump and (North Korean leader) Kim signed … at the end of a summit": the two the sentence opens on.
    const opening = inSentence.filter((m) => m.kind === 'Person' && m.end <= at);
    const subjects =
      opening.length >= 2 && /^\s+and\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(text.slice(opening[0]!.end, opening[1]!.start))
        ? exactlyTwo(opening.slice(0, 2))
        : undefined;
    const participants = hyphened ?? between ?? subjects;
    if (!participants) continue;
    const [a, b] = [...participants].sort((x, y) => x.name.localeCompare(y.name)) as [Mention, Mention];
    const start = hyphened ? Math.min(...hyphened.map((m) => m.start)) : at;
    const mention: Mention = datelined ?? {
      start,
      end,
      text: text.slice(start, end),
      kind: 'Event',
      key: `event:summit-${slugify(surnameOf(a.name))}-${slugify(surnameOf(b.name))}-${localSuffix}`,
      name: `Summit of ${a.name} and ${b.name}`,
      confidence: 0.6,
      reason: `a summit of ${a.name} and ${b.name} ("${text.slice(start, end)}")`,
      details: { eventType: 'summit' },
    };
    return { mention, participants, start: Math.min(start, ...participants.map((m) => m.start)), end };
  }
  return undefined;
}
// "joint military exercises", "the war games", "large-scale drills": exercises of armed forces.
const EXERCISES =
  /(?<![\p{L}])(?:(?:joint|annual|large-scale|military|naval|combined|allied)\s+)*(?:military\s+)?(?:exercises|drills|war\s+games|manoeuvres|maneuvers)(?![\p{L}])/giu;
const MILITARY_CONTEXT = /(?<![\p{L}])(?:military|war|naval|joint|troops|forces|army)(?![\p{L}])/iu;

/**
 * Military exercises ("joint military exercises", "the war games"), the article's own, with the
 * two countries their sentence names as taking part; later mentions refer back. Drills of no
 * named military ("fire drills") are left.
 */
// "Lukashenko has talked to Prigozhin", "Biden spoke with Putin by phone": one named person
// talked with another. Not "spoke of" or "spoke to reporters": the other is a person named.
// "Merkel had discussed the crisis with Barack Obama": talks about something, with a person named.
const TALKED = new RegExp(
  `${BEFORE_WORD}(?:(?:has|had|have)\\s+)?(?:(?:talked|spoke|spoken)(?:\\s+(?:by\\s+(?:tele)?phone|on\\s+the\\s+(?:tele)?phone))?\\s+(?:to|with)|discuss(?:ed|es)\\s+[^,.;:!?"“”]{1,50}?\\s+with)\\s+`,
  'gu',
);
// Between the subject and the verb: no clause boundary, a word or two ("Lukashenko also"), or a
// relative clause's "who" ("The German chancellor, who had discussed …").
const SUBJECT_GAP = /^(?:\s+(?:\p{Ll}+\s+){0,2}|,\s+who\s+)$/u;
const BY_PHONE = /(?<![\p{L}])(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|(?:tele)?phone\s+call)(?![\p{L}])/u;

/** Two named people who talked (or spoke by phone): one event of the article each sentence. */
function conversations(
  text: string,
  sentences: readonly SentenceSpan[],
  localSuffix: string,
  people: readonly Mention[],
  taken: readonly Mention[],
): (EventsFound['takingPart'][number] & { mention: Mention })[] {
  const found: (EventsFound['takingPart'][number] & { mention: Mention })[] = [];
  for (const match of text.matchAll(TALKED)) {
    const verbEnd = match.index + match[0].length;
    const sentence = sentences.find((s) => s.start <= match.index && match.index < s.end);
    if (!sentence) continue;
    const speaker = people
      .filter(
        (m) => m.end <= match.index && m.start >= sentence.start && SUBJECT_GAP.test(text.slice(m.end, match.index)),
      )
      .at(-1);
    const other = people.find((m) => m.start === verbEnd);
    if (!speaker || !other || speaker.key === other.key) continue;
    // "discussed the crisis with": the verb, not what was discussed (which may be named itself).
    const discussed = /discuss(?:ed|es)/u.exec(match[0]);
    const verb = {
      start: match.index,
      end: discussed
        ? match.index + discussed.index + discussed[0].length
        : verbEnd - (/\s+(?:to|with)\s+$/u.exec(match[0])?.[0].length ?? 0),
    };
    if (taken.some((m) => m.kind === 'Event' && overlaps(m, verb))) continue;
    const call = BY_PHONE.test(text.slice(sentence.start, sentence.end));
    const [a, b] = [speaker, other].sort((x, y) => x.name.localeCompare(y.name)) as [Mention, Mention];
    const type = call ? 'call' : 'talks';
    const key = `event:${type}-${slugify(surnameOf(a.name))}-${slugify(surnameOf(b.name))}-${localSuffix}-${sentence.index}`;
    const words = text.slice(verb.start, verb.end);
    found.push({
      key,
      participants: [speaker, other],
      start: Math.min(speaker.start, verb.start),
      end: other.end,
      mention: {
        ...verb,
        text: words,
        kind: 'Event',
        key,
        name: `${call ? 'Phone call' : 'Talks'} of ${a.name} and ${b.name}`,
        confidence: 0.55,
        reason: `"${words}": ${speaker.name} with ${other.name}`,
        details: { eventType: type },
      },
    });
  }
  return found;
}

function militaryExercises(
  text: string,
  sentences: readonly SentenceSpan[],
  localSuffix: string,
  entities: readonly Mention[],
  taken: readonly Mention[],
): { mentions: Mention[]; held?: { key: string; participants: Mention[]; start: number; end: number } } {
  const mentions: Mention[] = [];
  let held: { key: string; participants: Mention[]; start: number; end: number } | undefined;
  const key = `event:military-exercises-${localSuffix}`;
  const countries = entities.filter((m) => m.kind === 'Country').sort((a, b) => a.start - b.start);
  for (const match of text.matchAll(EXERCISES)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((m) => overlaps(m, span))) continue;
    const sentence = sentenceAt(sentences, span.start);
    if (!sentence) continue;
    const words = match[0];
    if (mentions.length === 0) {
      // "war games" says so itself; "drills" needs a word of war nearby.
      if (!MILITARY_CONTEXT.test(words) && !MILITARY_CONTEXT.test(sentence.text)) continue;
      const participants = exercisingCountries(text, span, sentence, countries);
      if (participants) held = { key, participants, start: sentence.start, end: sentence.end };
    }
    mentions.push({
      ...span,
      text: words,
      kind: 'Event',
      key,
      name: held
        ? `Military exercises of ${held.participants
            .map((m) => m.name)
            .sort()
            .join(' and ')}`
        : 'Military exercises',
      confidence: mentions.length === 0 ? 0.6 : 0.55,
      reason: mentions.length === 0 ? `military exercises ("${words}")` : `"${words}" refers back to the exercises`,
      ...(mentions.length > 0 ? { refersBack: true } : {}),
      details: { eventType: 'military exercises' },
    });
  }
  return { mentions, ...(held ? { held } : {}) };
}

/**
 * The two countries exercising: "US-South Korean war games", "exercises between the US and
 * South Korea", "the United States would stop … war games with South Korea" (the country the
 * sentence names first, and the one after "with").
 */
function exercisingCountries(
  text: string,
  span: { start: number; end: number },
  sentence: { start: number; end: number },
  countries: readonly Mention[],
): Mention[] | undefined {
  const inSentence = countries.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const pair = inSentence.filter((m) => m.end <= span.start && span.start - m.start <= 40);
  if (pair.length >= 2 && /^[-–]$/u.test(text.slice(pair.at(-2)!.end, pair.at(-1)!.start)))
    return exactlyTwo(pair.slice(-2));
  const after = inSentence.filter((m) => m.start >= span.end && m.start - span.end <= 30);
  if (after.length >= 2 && /^\s+between\s+(?:the\s+)?$/u.test(text.slice(span.end, after[0]!.start)))
    return exactlyTwo(after.slice(0, 2));
  const partner = after.find((m) => /^["”’']?\s+with\s+(?:the\s+)?$/u.test(text.slice(span.end, m.start)));
  const subject = inSentence.find((m) => m.end <= span.start);
  return partner && subject ? exactlyTwo([subject, partner]) : undefined;
}

const HYPHENED_PAIR = /^[\p{L}’'. ]+[-–][\p{L}’'. ]+\s+$/u;

function findPlaceSummits(
  text: string,
  entities: readonly Mention[],
  year: string,
  taken: readonly Mention[],
): { mention: Mention; placeKey: string }[] {
  const found: { mention: Mention; placeKey: string }[] = [];
  // A demonym is not a place's name: "the Korean summit" is not one held in Korea.
  const places = entities.filter(
    (m) => (m.kind === 'Place' || m.kind === 'Country') && !m.entry?.demonyms.includes(m.text),
  );
  for (const place of places) {
    // "a two-day informal summit in Chennai": the same summit as "the Chennai summit".
    const held = SUMMIT_IN_PLACE.exec(text.slice(Math.max(0, place.start - 60), place.start));
    if (held) {
      const span = { start: place.start - held[0].length, end: place.end };
      if (!taken.some((m) => overlaps(m, span)) && !found.some(({ mention }) => overlaps(mention, span))) {
        const words = text.slice(span.start, span.end);
        found.push({
          mention: {
            ...span,
            text: words,
            kind: 'Event',
            key: `event:${slugify(place.name)}-summit-${ownYear(text, span.start, span.end, year)}`,
            name: `${place.name} summit`,
            confidence: 0.7,
            reason: `a summit held in ${place.name} ("${words}")`,
            details: { eventType: 'summit' },
          },
          placeKey: place.key,
        });
      }
      continue;
    }
    const after = SUMMIT_AFTER_PLACE.exec(text.slice(place.end, place.end + 10));
    // "the US-Russia summit" is a summit of two countries, not one held in Russia.
    if (!after || /[-–—/]$/u.test(text.slice(Math.max(0, place.start - 1), place.start))) continue;
    const article = ARTICLE_BEFORE_PLACE.exec(text.slice(Math.max(0, place.start - 30), place.start));
    const span = { start: place.start - (article?.[0].length ?? 0), end: place.end + after[0].length };
    if (taken.some((m) => overlaps(m, span)) || found.some(({ mention }) => overlaps(mention, span))) continue;
    const words = text.slice(span.start, span.end);
    const summitYear = ownYear(text, span.start, span.end, year);
    const mention: Mention = {
      ...span,
      text: words,
      kind: 'Event',
      key: `event:${slugify(place.name)}-summit-${summitYear}`,
      name: `${place.name} summit`,
      confidence: article ? 0.75 : 0.7,
      reason: `a summit named after its place, ${place.name} ("${words}")`,
      details: { eventType: 'summit' },
    };
    found.push({ mention, placeKey: place.key });
  }
  return found;
}
