import { MILITARY_ACTS } from '../vocabulary/attack-types';
import { slugify } from '../vocabulary/normalize-id';
import type { FoundDate } from './find-dates';
import type { IncidentsFound } from './find-incidents';
import {
  capitalise,
  isDemonym,
  overlaps,
  placeAfter,
  spanOver,
  type Mention,
  type StatedFact,
  referringBack,
} from './mention';

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
  strike: 'strike',
  strikes: 'strike',
  airstrike: 'strike',
  airstrikes: 'strike',
  downing: 'downing',
  ceasefire: 'ceasefire',
  truce: 'ceasefire',
  blockade: 'blockade',
  storming: 'storming',
  war: 'war',
  offensive: 'offensive',
  raid: 'raid',
  coup: 'coup',
  uprising: 'uprising',
  // One happening, however a story words it: "Prigozhin's mutiny … the revolt … the rebellion".
  mutiny: 'mutiny',
  rebellion: 'mutiny',
  revolt: 'mutiny',
  insurrection: 'mutiny',
  revolution: 'revolution',
};
const NOUN = Object.keys(EVENT_NOUNS).join('|');
// Kinds of happening a story can be about as a whole, which its bare noun names alone ("the
// rebellion"); not measures an agreement lists ("the withdrawal", "the release").
const STORY_EVENTS: ReadonlySet<string> = new Set(['war', 'invasion', 'coup', 'uprising', 'mutiny', 'revolution']);
// Event types that find-event-verbs.ts also finds by their verb, which "the strike" may refer back to.
const TOLD_BY_VERB: Readonly<Record<string, true>> = {
  strike: true,
  downing: true,
  blockade: true,
  storming: true,
  invasion: true,
  annexation: true,
  protest: true,
  withdrawal: true,
};
// A determiner, then up to three words that qualify the noun ("the UN Security Council vote",
// "a snap election", "the prisoner swap"); not "press release", nor words across a preposition
// ("the districts since the ceasefire" is "the ceasefire").
const EVENT_PHRASE = new RegExp(
  `(?<![\\p{L}])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\\p{L}’']+[’']s)\\s+)((?:(?!(?:press|the|an?|of|since|in|on|at|for|to|from|with|by|and|or|after|before|during|until|than|that|this|its|their|his|her)\\s)[\\p{L}\\d-]+\\s+){0,3}?)(${NOUN})(?![\\p{L}])`,
  'gu',
);
const WITHOUT_BEFORE = /(?<![\p{L}])without\s+$/iu;
// "Monday’s vote", "last week’s election", "the 2014 annexation": a date of its own before it.
const DATED_BEFORE =
  /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+week|last\s+month|last\s+year)[’']s\s+|the\s+(?:19|20)\d\d\s+)/iu;
// "the 2014 annexation": the year among the words before the noun.
const YEAR_BEFORE = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?=\s)/u;
const YEAR_AFTER = /^\s+(?:of|in)\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
const PLACE_BEYOND = /^\s+of\s+[^,;:.!?"“”]{1,45}?\s+(?:in|over|near|at|outside)\s+(?:the\s+)?$/u;
// After the noun, what says which one: "in Crimea", "on Monday", "of Alexei Navalny", "on the resolution".
const ANCHOR_AFTER = /^\s+(?:in|at|on|of|over|against|by|for|from)\s+(?:the\s+)?$/u;
const ANCHORING_KINDS: ReadonlySet<string> = new Set(['Person', 'Country', 'Place', 'Organization', 'Document']);
// "Nagorno-Karabakh" in "the 2020 Nagorno-Karabakh war": capitalised words among those before the noun.
const CAPITALISED_WORDS = /(?:\p{Lu}[\p{L}’'-]*\s+)+/u;
const COUNT_AFTER =
  /^\s+of\s+(?:about\s+|some\s+|more\s+than\s+|around\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+s(?![\p{L}])/u;
// Whose arrest, release or speech it is: "the arrest of Alexei Navalny", "the release by Russia of".
const PERSON_AFTER = /^\s+of\s+(?:\p{Ll}+\s+){0,2}$/u;

interface EventWords {
  start: number;
  end: number;
  type: string;
  noun: string;
  place?: Mention;
  person?: Mention;
  doer?: Mention;
  statedYear?: { start: number; end: number; text: string };
  when?: string;
  /** A name among the words before the noun ("the Nagorno-Karabakh war"), known or not. */
  nameWords?: string;
  /** What the words after it anchor it to, as the name says it: "in Donbas", "of Crimea". */
  anchor?: string;
}

/** Whether two named events of one article are one: same kind, and nothing in their words tells them apart. */
function sameHappening(a: EventWords, b: EventWords): boolean {
  if (a.type !== b.type) return false;
  if (a.place && b.place && a.place.key !== b.place.key) return false;
  if (a.person && b.person && a.person.key !== b.person.key) return false;
  if (a.statedYear && b.statedYear && a.statedYear.text !== b.statedYear.text) return false;
  // "the war in Donbas" and "the Nagorno-Karabakh war": a place, or a name before the noun, tells them apart.
  const which = (w: EventWords) => w.place?.name ?? w.nameWords;
  if (which(a) && which(b) && which(a) !== which(b)) return false;
  return !(a.when && b.when && a.when !== b.when);
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
    // "without a vote at the UN Security Council": what did not happen is no event.
    if (WITHOUT_BEFORE.test(text.slice(Math.max(0, match.index - 10), match.index))) continue;
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
    // "Prigozhin's revolt", "Russia's invasion": whose it is, in the possessive, says which.
    const owner = named.find(
      (m) => m.end > match.index && m.end <= start && /^[’']s\s+$/u.test(text.slice(m.end, start)),
    );
    // "the ceasefire of 1994", "the protests in 2018": a year of its own after it.
    const yearAfter = YEAR_AFTER.exec(text.slice(end, end + 12));
    const yearBefore = YEAR_BEFORE.exec(before + match[2]!);
    const yearStart = yearAfter
      ? end + yearAfter[0].length - yearAfter[1]!.length
      : yearBefore
        ? match.index + yearBefore.index
        : undefined;
    const datedBefore = DATED_BEFORE.exec(before + match[2]!);
    const dated = datedBefore !== null || Boolean(dateAfter) || yearStart !== undefined;
    // "a swap of 35 detainees", "the release of 24 sailors": who, counted, says which.
    const counted = COUNT_AFTER.test(text.slice(end, end + 30));
    const words: EventWords = { start, end, type, noun };
    const capitalised = CAPITALISED_WORDS.exec(match[2]!)?.[0].trim();
    if (capitalised) words.nameWords = capitalised;
    if (after && afterAt(after)) words.anchor = `${text.slice(end, after.start).trim()} ${after.name}`;
    // When its words say it happened, to tell it from another of its kind in the article.
    const when =
      dateAfter?.value ??
      datedBefore?.[0]
        .replace(/[’']s\s*$/u, '')
        .trim()
        .toLowerCase();
    if (when) words.when = when;
    if (yearStart !== undefined)
      words.statedYear = { start: yearStart, end: yearStart + 4, text: text.slice(yearStart, yearStart + 4) };
    // "the downing of a Russian helicopter over Armenia": where, past what it happened to.
    const placeBeyond = placeAfter(text, end, named, 60, PLACE_BEYOND);
    // "the Crimea annexation" happened in Crimea; "the Russian strike" did not happen in Russia.
    const placeBefore = nameBefore && !isDemonym(nameBefore) ? nameBefore : undefined;
    const place = [after, placeBefore, placeBeyond].find((m) => m && (m.kind === 'Place' || m.kind === 'Country'));
    if (place) words.place = place;
    if (after?.kind === 'Person' && PERSON_AFTER.test(text.slice(end, after.start))) words.person = after;
    if (nameBefore?.kind === 'Country' && nameBefore.text !== nameBefore.name && MILITARY_ACTS.has(type))
      words.doer = nameBefore;
    // "the Syrian war" is the long conflict the graph knows as a concept ("Syrian conflict"), not
    // an event: a war is one by a place's name ("the Nagorno-Karabakh war", "the war in Donbas").
    const byDemonym = nameBefore !== undefined && nameBefore.kind === 'Country' && nameBefore.text !== nameBefore.name;
    if (type === 'war' && byDemonym && !after && !dated) continue;
    if (owner && !words.nameWords) words.nameWords = owner.name;
    if (after || nameBefore || owner || dated || counted) anchored.push(words);
    else if (/^the\s+$/iu.test(before) && match[2] === '') references.push(words);
  }
  // "the rebellion … the rebellion": a happening told again and again by its bare noun, with no
  // telling that says which, is the one the story is about.
  const told = known.filter((m) => m.kind === 'Event' && m.details?.eventType && m.details.eventType in TOLD_BY_VERB);
  const promoted = new Set<EventWords>();
  for (const type of new Set(references.map((words) => words.type))) {
    const bare = references.filter((words) => words.type === type);
    if (!STORY_EVENTS.has(type) || bare.length < 2 || anchored.some((words) => words.type === type)) continue;
    if (told.some((m) => m.details?.eventType === type)) continue;
    anchored.push(bare[0]!);
    promoted.add(bare[0]!);
  }
  anchored.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  const facts: StatedFact[] = [];
  const first = new Map<string, EventWords>();
  let count = 0;
  for (const words of anchored) {
    // "Saturday's missile strike on Odesa … Saturday's strike hit a warship": one strike, unless
    // the two are told apart by their place, their day or their year.
    const same = mentions.find((m) => !m.refersBack && sameHappening(first.get(m.key)!, words));
    if (same) {
      const said = text.slice(words.start, words.end);
      const again = referringBack(same, words, text, 0.45, `"${said}" tells again of ${same.text}`);
      mentions.push(again);
      // What the second telling adds: "Saturday's strike … Saturday's missile strike on Odesa".
      if (words.place && !first.get(same.key)!.place) {
        first.get(same.key)!.place = words.place;
        facts.push({ type: 'OCCURRED_IN', from: again, to: words.place, evidence: spanOver(again, words.place) });
      }
      continue;
    }
    count += 1;
    const key = `event:${slugify(words.type)}-${localSuffix}-${count}`;
    first.set(key, words);
    const mention: Mention = {
      start: words.start,
      end: words.end,
      text: text.slice(words.start, words.end),
      kind: 'Event',
      key,
      // "War in Donbas", "Arrest of Alexei Navalny": the words after it that say which one are in its name.
      name: capitalise(`${text.slice(words.start, words.end)}${words.anchor ? ` ${words.anchor}` : ''}`),
      confidence: 0.5,
      reason: `a ${words.type} the article names ("${text.slice(words.start, words.end)}")`,
      details: { eventType: words.type },
      ...(words.statedYear ? { statedYear: words.statedYear } : {}),
    };
    mentions.push(mention);
    if (words.place)
      facts.push({ type: 'OCCURRED_IN', from: mention, to: words.place, evidence: spanOver(mention, words.place) });
    if (words.doer)
      facts.push({
        type: 'PARTICIPATED_IN',
        from: words.doer,
        to: mention,
        evidence: spanOver(mention, words.doer),
        role: 'participant',
      });
    if (words.person)
      facts.push({
        type: 'PARTICIPATED_IN',
        from: words.person,
        to: mention,
        evidence: spanOver(mention, words.person),
        role: 'participant',
      });
  }
  // "the strike" refers back to one named here or told by its verb ("missiles struck the port").
  for (const words of references) {
    if (promoted.has(words)) continue;
    const earlier = [...mentions, ...told]
      .filter((m) => m.details?.eventType === words.type && m.end <= words.start)
      .sort((a, b) => a.end - b.end)
      .at(-1);
    if (!earlier) continue;
    mentions.push(referringBack(earlier, words, text, 0.45, `"the ${words.noun}" refers back to ${earlier.text}`));
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), facts };
}
