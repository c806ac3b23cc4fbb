import { entityId, slugify } from '../vocabulary/normalize-id';
import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { MONTH_OR_WEEKDAY } from './calendar-words';
import { isEnglishWord } from './english-words';
import type { FoundDate } from './find-dates';
import type { IncidentsFound } from './find-incidents';
import {
  BEFORE_WORD,
  AFTER_WORD,
  capitalise,
  overlaps,
  placeAfter,
  spanOver,
  type Mention,
  type StatedFact,
  referringBack,
} from './mention';

/** A happening news tells by its verb, and what makes the words a report of one. */
interface EventVerb {
  type: string;
  verb: string;
  /** What the verb acts on, right after it: a named place, or words ("helicopter", "ambassador"). */
  object?: { kinds?: readonly string[]; words?: string };
  /** Who did it, just before the verb, when the verb alone says too little ("troops took", "missiles struck"). */
  subject?: string;
  /** Whether the verb must have its object (a bare "took" or "hit" is no event). */
  needsObject?: boolean;
  /** In the passive, the words of what was acted on, right before the verb ("the ambassador was summoned"). */
  passiveObject?: string;
  /** What the event befell, named right before an intransitive verb ("Shusha fell"). */
  placeBefore?: boolean;
}

const PLACES = ['Place', 'Country'] as const;
// Who fights: the subject that makes "took" a capture and "struck" a strike.
const FORCES = String.raw`(?:troops|forces|army|soldiers|fighters|rebels|militants|separatists|units)`;
const WEAPONS = String.raw`(?:missiles?|rockets?|drones?|air\s?strikes?|shells|bombs|warplanes|jets)`;

// The verbs, in the past, present or progressive, as reports use them.
const EVENT_VERBS: readonly EventVerb[] = [
  { type: 'invasion', verb: 'invaded|invades|invading', object: { kinds: PLACES } },
  { type: 'annexation', verb: 'annexed|annexes|annexing', object: { kinds: PLACES }, needsObject: true },
  {
    type: 'blockade',
    verb: 'blockaded|blockades|blockading',
    object: { kinds: PLACES, words: String.raw`(?:its\s+|their\s+|the\s+)?ports?` },
    needsObject: true,
  },
  {
    type: 'capture',
    verb: 'took|captured|recaptured|retook|seized',
    object: { kinds: PLACES },
    subject: FORCES,
    needsObject: true,
  },
  {
    type: 'downing',
    verb: String.raw`shot\s+down|brought\s+down|downed`,
    object: {
      // "a Russian Mi-24 helicopter", "helicopters and a command plane", "two jets".
      words: String.raw`(?:(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:helicopter|plane|aircraft|airliner|jet|drone)|(?:[\p{L}\d-]+\s+){0,2}?(?:helicopters|planes|aircraft|airliners|jets|drones))`,
    },
    needsObject: true,
  },
  { type: 'strike', verb: 'struck|hit|pounded', object: { kinds: PLACES }, subject: WEAPONS },
  {
    type: 'storming',
    verb: String.raw`stormed|broke\s+into|forced\s+their\s+way\s+into`,
    object: {
      kinds: ['Place', 'Organization'],
      words: String.raw`(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:building|parliament|embassy|palace|headquarters|compound|offices?)`,
    },
    needsObject: true,
  },
  {
    type: 'summoning',
    verb: 'summoned|summons|summoning',
    object: { words: String.raw`(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ambassador|envoy|chargé\s+d['’]affaires)` },
    needsObject: true,
  },
  {
    type: 'summoning',
    verb: String.raw`(?:was|were|has\s+been|had\s+been|have\s+been)\s+summoned`,
    // "the Czech ambassador was summoned", "Czech Ambassador Vítězslav Pivoňka was summoned".
    passiveObject: String.raw`(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ambassador|envoy|chargé\s+d['’]affaires)(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+$`,
    needsObject: true,
  },
  {
    // "Troops were pulled back from Petrivske", "Russia withdrew its troops": forces withdrawn.
    type: 'withdrawal',
    verb: String.raw`withdrew|withdraws|withdrawing|pulled\s+back|pulls\s+back`,
    object: { words: String.raw`(?:its|their|the|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:troops|forces|soldiers|units)` },
    needsObject: true,
  },
  {
    type: 'withdrawal',
    verb: String.raw`(?:were|was|have\s+been|had\s+been)\s+(?:pulled\s+back|withdrawn)`,
    passiveObject: String.raw`(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:troops|forces|soldiers|units)\s+$`,
    needsObject: true,
  },
  {
    // "Thousands rallied on Independence Square on Sunday": a protest, dated or placed by its clause.
    type: 'protest',
    verb: 'rallied|marched',
  },
  {
    // "Shusha fell on Sunday", "the city fell to Azerbaijani forces": a town taken.
    type: 'capture',
    verb: String.raw`fell(?=\s+(?:to|on|after|in|within|last|this|yesterday)\s|[,.;])`,
    placeBefore: true,
    needsObject: true,
  },
  {
    type: 'inauguration',
    // "Jakub Kulhánek, sworn in as foreign minister on Wednesday,": the participle after a name too.
    verb: String.raw`(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:\p{Ll}+ly\s+)?(?:sworn\s+in|inaugurated)|(?<=,\s)sworn\s+in(?=\s+as\s)`,
  },
];

// Each verb's patterns, compiled once.
const COMPILED = new Map(
  EVENT_VERBS.map((eventVerb) => [
    eventVerb,
    {
      verb: new RegExp(`${BEFORE_WORD}(?:${eventVerb.verb})${AFTER_WORD}`, 'giu'),
      object: eventVerb.object?.words ? new RegExp(`^\\s+${eventVerb.object.words}${AFTER_WORD}`, 'u') : undefined,
      subject: eventVerb.subject ? new RegExp(`${eventVerb.subject}\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u') : undefined,
      passiveObject: eventVerb.passiveObject ? new RegExp(`${BEFORE_WORD}${eventVerb.passiveObject}`, 'iu') : undefined,
    },
  ]),
);

// A televised or video address is a speech on an occasion of its own; so is a statement, speech
// or address made to a body ("In a statement to the House of Commons, May said").
const ADDRESS = new RegExp(
  `${BEFORE_WORD}(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[\\p{L}’']+[’']s)\\s+((?:televised|video|television|radio|nationwide|national|recorded)\\s+address|(?:statement|speech|address)(?=\\s+to\\s+(?:the\\s+)?\\p{Lu}))${AFTER_WORD}`,
  'gu',
);
// "Putin addressed the nation": a speech to the country, on an occasion of its own.
const ADDRESSED_NATION = /(?<![\p{L}])((?:addressed|addresses|address)\s+the\s+(?:nation|country))(?![\p{L}])/gu;
// "told troops on Cathedral Square", "addressed cadets": a speech to a gathered audience, an
// occasion of its own. Not "told reporters" nor "told MPs": news reports remarks to the press and
// to a chamber as what was said, not as an occasion.
const TOLD_AUDIENCE =
  /(?<![\p{L}])(?:told|tells|addressed|addresses)\s+((?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?(?:troops|officers|soldiers|servicemen|cadets|supporters|students|graduates|crowd|rally|ambassadors))(?![\p{L}])/gu;
// After the speaker a speech gives words to: "…, May said".
const SPEAKS_AFTER = /^\s+(?:said|says|told|declared|announced|warned)\b/u;
// Between the verb and its object: at most a determiner ("took the city of").
const OBJECT_GAP =
  /^\s+(?:the\s+|(?:city|town|village|port|region)\s+of\s+|the\s+(?:city|town|village|port|region)\s+of\s+)?$/u;
// A clause ends at these: a date past them dates something else.
const CLAUSE_END = /[;:.!?\n]|,\s+(?:but|while|and|which|who|as)\s/u;
// "in the", "from the frontline village of": where, with the kind of place it is between.
const WHERE_AFTER =
  /^\s+(?:in|over|near|at|outside|on|from)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:village|town|city|port|region)\s+of\s+)?$/u;
const YEAR_IN_CLAUSE = /^\s+(?:[\p{Ll}]+\s+){0,3}?in\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
const PLACE_NAME_AFTER = /^\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}\p{N}])/u;

interface VerbWords {
  start: number;
  end: number;
  type: string;
  object?: Mention;
  objectWords?: string;
  /** Where it happened, when the verb acted on something else there. */
  place?: Mention;
  /** The object is a place named here first, by the verb acting on it. */
  newPlace?: boolean;
  subject?: Mention;
  /** A person named in the words acted on: "Czech Ambassador Vítězslav Pivoňka was summoned". */
  actedOn?: Mention;
  statedYear?: { start: number; end: number; text: string };
  /** Whom a speech was given to: "troops", "Belarusian officers". */
  audience?: string;
}

/**
 * Happenings news tells by a verb rather than a noun: "Russia annexed Crimea in 2014", "Azerbaijani
 * troops took Shusha on Sunday", "an Azerbaijani missile brought down a Russian Mi-24 helicopter",
 * "protesters broke into the government building", "the ministry summoned the Czech ambassador",
 * in the passive too ("the ambassador was summoned", "troops were pulled back"), "Shusha fell",
 * "thousands rallied"; and a televised or video address. Each verb is taken only with what makes
 * it one: its object (a named place, the words for what was downed, stormed or summoned), the
 * forces or weapons that did it where the verb alone is vague ("took", "hit"), or, for an
 * invasion, an inauguration or a rally, a date in its clause. Each is the article's own event:
 * resolution decides whether it is known.
 */
export function findEventVerbs(
  text: string,
  sentences: readonly SentenceSpan[],
  localSuffix: string,
  known: readonly Mention[],
  dates: readonly FoundDate[],
): IncidentsFound {
  const headlineEnd = text.indexOf('\n');
  const taken = known.filter((m) => m.kind === 'Event' || m.kind === 'Document');
  const found: VerbWords[] = [];
  for (const eventVerb of EVENT_VERBS) {
    for (const match of text.matchAll(COMPILED.get(eventVerb)!.verb)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (span.start < headlineEnd || taken.some((m) => overlaps(m, span))) continue;
      const words = verbWords(text, span, eventVerb, known, dates);
      if (words) found.push(words);
    }
  }
  const sentenceAt = (span: { start: number; end: number }) =>
    sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span;
  // The speech is the words of the first group: "televised address", "addressed the nation".
  for (const match of [...text.matchAll(ADDRESS), ...text.matchAll(ADDRESSED_NATION)]) {
    const start = match.index + match[0].length - match[1]!.length;
    const span = { start, end: match.index + match[0].length };
    if (span.start < headlineEnd || taken.some((m) => overlaps(m, span))) continue;
    const speaker = speakerOf(text, span, sentenceAt(span), known);
    found.push({ ...span, type: 'speech', ...(speaker ? { subject: speaker } : {}) });
  }
  for (const match of text.matchAll(TOLD_AUDIENCE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (span.start < headlineEnd || taken.some((m) => overlaps(m, span))) continue;
    const speaker = speakerOf(text, span, sentenceAt(span), known);
    // "told officers in Minsk", "on Cathedral Square": where it was given.
    const place = placeAfter(text, span.end, known, 20, WHERE_AFTER);
    found.push({
      ...span,
      type: 'speech',
      audience: match[1]!.replace(/^(?:the|a|an)\s+/u, ''),
      ...(speaker ? { subject: speaker } : {}),
      ...(place ? { place } : {}),
    });
  }
  const mentions: Mention[] = [];
  const facts: StatedFact[] = [];
  // What each event's first words said, to tell whether later words tell of the same one.
  const told = new Map<string, VerbWords>();
  const sameHappening = (event: Mention, words: VerbWords) => {
    const first = told.get(event.key)!;
    if (first.place && words.place && first.place.key !== words.place.key) return false;
    if (first.object && words.object && first.object.key !== words.object.key) return false;
    // Two speakers, or a statement and an address, are two speeches; two ambassadors summoned, two summonings.
    if (first.subject && words.subject && first.subject.key !== words.subject.key) return false;
    if (first.actedOn && words.actedOn && first.actedOn.key !== words.actedOn.key) return false;
    if (words.type === 'speech' && lastWord(text, first) !== lastWord(text, words)) return false;
    return !(first.statedYear && words.statedYear && first.statedYear.text !== words.statedYear.text);
  };
  let count = 0;
  for (const words of found.sort((a, b) => a.start - b.start)) {
    const said = text.slice(words.start, words.end);
    // "missiles struck the port of Odesa …; two missiles hit port infrastructure": one strike,
    // unless the two name different places or years.
    const same = mentions.find(
      (m) => m.kind === 'Event' && m.details?.eventType === words.type && sameHappening(m, words),
    );
    if (same) {
      mentions.push(referringBack(same, words, text, 0.45, `"${said}" tells again of ${same.name}`));
      continue;
    }
    count += 1;
    const name = eventName(words, said);
    const mention: Mention = {
      start: words.start,
      end: words.end,
      text: said,
      kind: 'Event',
      key: `event:${slugify(words.type)}-${localSuffix}-v${count}`,
      name,
      confidence: 0.5,
      reason: `a ${words.type} the article tells by its verb ("${said}")`,
      details: { eventType: words.type },
      ...(words.statedYear ? { statedYear: words.statedYear } : {}),
    };
    mentions.push(mention);
    told.set(mention.key, words);
    if (words.newPlace && words.object) mentions.push(words.object);
    for (const where of [words.object, words.place])
      if (where && (where.kind === 'Place' || where.kind === 'Country'))
        facts.push({ type: 'OCCURRED_IN', from: mention, to: where, evidence: spanOver(mention, where) });
    for (const actor of [words.subject, words.actedOn])
      if (actor)
        facts.push({
          type: 'PARTICIPATED_IN',
          from: actor,
          to: mention,
          evidence: spanOver(actor, mention),
          role: 'participant',
        });
  }
  return { mentions, facts };
}

const DOERS: ReadonlySet<string> = new Set(['Country', 'Person', 'Organization']);
// "Russia, which annexed Crimea": the name a relative clause opens on is the doer.
const RELATIVE_SUBJECT = /^,\s+(?:which|who)\s+(?:(?:has|had|have|then|later|also)\s+)?$/u;

const lastWord = (text: string, span: { start: number; end: number }) =>
  text.slice(span.start, span.end).split(/\s+/u).at(-1)!.toLowerCase();

/**
 * Who gives a speech: the person whose it is ("Pashinyan's video address"), or who the clause
 * names before it ("Putin confirmed the statement in a televised address"), or after it with a
 * verb of saying ("In a statement to the House of Commons, May said").
 */
function speakerOf(
  text: string,
  span: { start: number; end: number },
  sentence: { start: number; end: number },
  known: readonly Mention[],
): Mention | undefined {
  const people = known.filter((m) => m.kind === 'Person' && m.start >= sentence.start && m.end <= sentence.end);
  const before = people.filter((m) => m.end <= span.start && !CLAUSE_END.test(text.slice(m.end, span.start))).at(-1);
  return before ?? people.find((m) => m.start > span.end && SPEAKS_AFTER.test(text.slice(m.end, m.end + 12)));
}

/** The verb's event, if its words say enough: its object, its doer, or a date in its clause. */
function verbWords(
  text: string,
  span: { start: number; end: number },
  eventVerb: EventVerb,
  known: readonly Mention[],
  dates: readonly FoundDate[],
): VerbWords | undefined {
  const after = text.slice(span.end, span.end + 80);
  const placeBefore = eventVerb.placeBefore ? placeRightBefore(text, span.start, known) : undefined;
  const object =
    placeBefore ??
    (eventVerb.object?.kinds &&
      known
        .filter((m) => eventVerb.object!.kinds!.includes(m.kind) && m.start >= span.end && m.start - span.end <= 30)
        .sort((a, b) => a.start - b.start)
        .find((m) => OBJECT_GAP.test(text.slice(span.end, m.start))));
  // "annexed Crimea", "troops took Shusha": a capitalised name the verb acts on is a place.
  const newPlace =
    !object && eventVerb.object?.kinds?.includes('Place')
      ? unknownPlaceAfter(text, span.end, known)
      : placeBefore && !known.includes(placeBefore)
        ? placeBefore
        : undefined;
  // What was acted on stands in the verb's own line.
  const lineStart = text.lastIndexOf('\n', span.start) + 1;
  const passiveFrom = Math.max(lineStart, span.start - 60);
  const passiveObject = COMPILED.get(eventVerb)!.passiveObject?.exec(text.slice(passiveFrom, span.start));
  const objectWords =
    !object && !newPlace && eventVerb.object?.words
      ? COMPILED.get(eventVerb)!.object!.exec(after)?.[0]
      : passiveObject?.[0].trim();
  if (eventVerb.needsObject && !object && !newPlace && !objectWords) return undefined;
  // The doer: a country or person named just before, with at most a few words between ("Azerbaijani troops").
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  if (eventVerb.subject && !COMPILED.get(eventVerb)!.subject!.test(before)) return undefined;
  // In the passive, the name before the verb is what was acted on, not who acted.
  const subject = (passiveObject || placeBefore ? [] : known)
    .filter((m) => DOERS.has(m.kind) && m.end <= span.start && span.start - m.end <= 40)
    .filter(
      (m) =>
        RELATIVE_SUBJECT.test(text.slice(m.end, span.start)) ||
        (!CLAUSE_END.test(text.slice(m.end, span.start)) &&
          !/\b(?:that|which|who)\b/u.test(text.slice(m.end, span.start))),
    )
    .at(-1);
  if (!object && !newPlace && !objectWords && !eventVerb.subject) {
    // "since Russia invaded in February": with neither object nor doer, a date in the clause.
    const clause = after.split(CLAUSE_END)[0]!;
    const dated = dates.some((d) => d.start >= span.end && d.end <= span.end + clause.length);
    if (!dated) return undefined;
  }
  const words: VerbWords = { ...span, type: eventVerb.type };
  if (object ?? newPlace) words.object = (object ?? newPlace)!;
  // "brought down a helicopter over Armenia", "broke into the government building in Yerevan".
  const actedOnEnd = words.object?.end ?? span.end + (passiveObject ? 0 : (objectWords?.length ?? 0));
  const where = placeAfter(text, actedOnEnd, known, 45, WHERE_AFTER);
  if (where) words.place = where;
  if (newPlace) words.newPlace = true;
  // "annexed Crimea in 2014": the year its clause gives.
  const objectEnd = words.object?.end ?? span.end;
  const year = YEAR_IN_CLAUSE.exec(text.slice(objectEnd, objectEnd + 40).split(CLAUSE_END)[0]!);
  if (year) {
    const yearStart = objectEnd + year.index + year[0].length - 4;
    words.statedYear = { start: yearStart, end: yearStart + 4, text: year[1]! };
  }
  // "The Czech ambassador was summoned", "Troops were pulled back": a common word capitalised
  // because it opens the sentence is in lower case in the name.
  if (objectWords)
    words.objectWords = objectWords
      .trim()
      .replace(/^\p{Lu}\p{Ll}+(?=\s|$)/u, (word) => (isEnglishWord(word) ? word.toLowerCase() : word));
  if (subject) words.subject = subject;
  // The person the words acted on name, before a passive verb or after an active one.
  const actedOnSpan = passiveObject
    ? { start: passiveFrom + passiveObject.index, end: span.start }
    : objectWords
      ? { start: span.end, end: span.end + objectWords.length }
      : undefined;
  // Inside those words, or right after them ("summoned the British ambassador Laurie Bristow").
  const actedOn =
    actedOnSpan &&
    known.find(
      (m) =>
        m.kind === 'Person' &&
        m.start >= actedOnSpan.start &&
        (m.end <= actedOnSpan.end || /^\s?$/u.test(text.slice(actedOnSpan.end, m.start))),
    );
  if (actedOn) words.actedOn = actedOn;
  return words;
}

// "Shusha fell": the capitalised name right before the verb.
const NAME_BEFORE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)\s+$/u;
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:to|from|in|into|at|on|with|for|by|near|across|towards?|via|through)\s+$/iu;

/** The place named right before the verb ("Shusha fell"): a known one, or a name nothing known covers. */
function placeRightBefore(text: string, at: number, known: readonly Mention[]): Mention | undefined {
  const named = known.find((m) => m.end < at && m.end > at - 4 && /^\s+$/u.test(text.slice(m.end, at)));
  const match = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  const start = named?.start ?? at - (match?.[0].length ?? 0);
  // "Gas flows to Europe fell": a place after a preposition is not what fell.
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  if (named) return named.kind === 'Place' ? named : undefined;
  // "Prices fell", "It fell to Macron": a word any dictionary has names no place.
  if (!match || MONTH_OR_WEEKDAY.test(match[1]!) || isEnglishWord(match[1]!)) return undefined;
  const words = match[1]!;
  return {
    start,
    end: start + words.length,
    text: words,
    kind: 'Place',
    key: entityId('Place', words),
    name: words,
    confidence: 0.55,
    reason: `a place the article says fell ("${text.slice(start, at + 4)}")`,
  };
}

/** A capitalised name right after the verb that nothing known covers: a place the verb acts on. */
function unknownPlaceAfter(text: string, from: number, known: readonly Mention[]): Mention | undefined {
  const match = PLACE_NAME_AFTER.exec(text.slice(from, from + 60));
  if (!match || MONTH_OR_WEEKDAY.test(match[1]!.split(/\s/u)[0]!)) return undefined;
  const start = from + match[0].length - match[1]!.length;
  const span = { start, end: start + match[1]!.length };
  if (known.some((m) => overlaps(m, span))) return undefined;
  return {
    ...span,
    text: match[1]!,
    kind: 'Place',
    key: entityId('Place', match[1]!),
    name: match[1]!,
    confidence: 0.55,
    reason: `a place the article says was taken, annexed or struck ("${text.slice(from - 12, span.end).trim()}")`,
  };
}

/** "Annexation of Crimea", "Downing of a Russian Mi-24 helicopter", "Storming of the government building". */
function eventName(words: VerbWords, said: string): string {
  if (words.audience) return `Address to ${words.audience}`;
  if (words.type === 'speech') return /^address/iu.test(said) ? 'Address to the nation' : capitalise(said);
  const of = words.object?.name ?? words.objectWords;
  return of ? `${capitalise(words.type)} of ${of}` : capitalise(words.type);
}
