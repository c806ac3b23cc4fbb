import { ATTACK_NOUNS } from '../vocabulary/attack-types';
import { slugify } from '../vocabulary/normalize-id';
import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { BEFORE_WORD, capitalise, isDemonym, overlaps, spanOver, type Mention, type StatedFact } from './mention';

export interface IncidentsFound {
  mentions: Mention[];
  facts: StatedFact[];
}

// Violence news names by a noun: "the nerve agent attack", "the Skripal poisoning", "a bombing".
// A bare "attack" is often words ("an attack on the plan"): it counts only with a weapon before
// it, a person it targets, or a place it happened in.
const WEAPON =
  '(?:nerve[- ]agent|chemical(?:[- ]weapons?)?|gas|terror(?:ist)?|suicide|missile|drone|rocket|knife|gun|bomb|poison|acid)';
// An explosion is an incident too, in the plural as well ("the explosions at the depot"); as a
// verb ("Trump blasts the deal") it has no article before it.
const BLAST_NOUNS = ['explosions?', 'blasts?'];
const IS_BLAST = /^(?:explosion|blast)s?$/iu;
// "The first blast", "a second explosion": each one of several, told apart by its rank; "another"
// or "an earlier" one, which the words do not say.
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const ORDINAL_BEFORE = new RegExp(String.raw`\b(${ORDINALS.join('|')}|another|earlier|later)\s+$`, 'iu');
const RANKED = new RegExp(String.raw`\b(?:the|a|an|its|their)\s+(?:${ORDINALS.join('|')})\s+$`, 'iu');
const ATTACK = new RegExp(
  `${BEFORE_WORD}(?:(${WEAPON})\\s+)?((?:${ATTACK_NOUNS.join('|')}|${BLAST_NOUNS.join('|')})(?:\\s+attempt)?)(?![\\p{L}])`,
  'giu',
);
// "the 2018 nerve-agent attack", "the 2014 explosions": a year just before the noun.
const STATED_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,1}$/u;
// The words before the noun that make it a noun phrase, not a verb ("accused of poisoning him").
// "the attempted poisoning", "a failed attack": a word that qualifies it may stand between.
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|this|that|its|their|his|her|last\s+week['’]s)\s+(?:(?:attempted|failed|alleged|suspected|deadly|fatal)\s+)?|\d{1,2}\s+|[\p{L}]+['’]s\s+)$/iu;
// "of the Bulgarian arms dealer Emilian Gebrev": a description may stand before the victim's name.
const VICTIM_AFTER =
  /^\s+(?:of|on|against)\s+(?:(?:former|ex-|double|agent|spy|\p{Lu}\p{Ll}+(?=\s+\p{Ll})|\p{Ll}+)\s+){0,4}$/u;
const PLACE_AFTER = /^\s+(?:in|at)\s+(?:the\s+)?$/u;
const COMPANION =
  /^,?\s+and\s+(?:his|her|their)\s+(?:daughter|son|wife|husband|brother|sister|mother|father|children|family)(?:,?\s+(?=\p{Lu}))?/u;

// "Britain would expel 23 Russian diplomats", "expelling 60 Russian intelligence officers", "the
// expulsion of 23 British diplomats", "Prague ordered 18 Russian diplomats to leave", "expelling
// 20 employees of the Czech embassy"; and, without who expelled them, "Eighteen Russian embassy
// staff were given 48 hours to leave". The expelled state is the named group `target`.
// A number in figures or words: "20", "Eighteen".
const NUMBER = String.raw`(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)`;
const COUNT = String.raw`(?:(?:some|about|around|up\s+to|another|a\s+further|a\s+total\s+of)\s+)?(?:${NUMBER}|[Dd]ozens\s+of)?\s*(?:more\s+)?(?:of\s+)?`;
const STAFF =
  '(?:diplomats|envoys|embassy\\s+(?:staff|employees|workers)|officials|intelligence\\s+officers|spies|employees|staff(?:\\s+members)?|personnel)';
// "expelling 20 Czechs": the people of a country in the plural, counted, are its diplomats.
const EXPELLED_GROUP = `(?:(?:its\\s+|the\\s+)?(?<target>\\p{Lu}[\\p{L}]+)\\s+${STAFF}|${STAFF}\\s+of\\s+(?:the|its)\\s+(?<owner>\\p{Lu}[\\p{L}]+)\\s+(?:embassy|mission|consulate)|(?<=(?<![\\p{L}])${NUMBER}\\s+)(?<people>\\p{Lu}[\\p{L}]+s))(?![\\p{L}])`;
const EXPULSION = new RegExp(
  `${BEFORE_WORD}(?:expel|expels|expelled|expelling|expulsions?\\s+of|(?:ordered|orders|ordering|told|tells|telling)(?=\\s[^.;]{0,60}\\sto\\s+leave))\\s+${COUNT}${EXPELLED_GROUP}`,
  'dgu',
);
// The passive, where the sentence says who was expelled but not by whom.
const EXPELLED_PASSIVE = new RegExp(
  `${BEFORE_WORD}${COUNT}${EXPELLED_GROUP}\\s+(?:were|was|have\\s+been|had\\s+been|are|will\\s+be)\\s+(?:expelled|(?:ordered|told|given\\s+[\\w\\s]{1,20}?)\\s+to\\s+leave|declared\\s+persona)`,
  'dgu',
);
// "the expulsions", "the largest such expulsion", "the British expulsions".
const EXPULSION_REFERENCE =
  /(?<![\p{L}])[Tt]he\s+(?:(\p{Lu}[\p{L}]+)\s+|(?:largest|latest|first|such|tit-for-tat|\s)+)?expulsions?(?![\p{L}])/gu;
// The subject of "expel": a state named just before, with at most three small words and no
// clause boundary between ("Britain would expel", "Russia responded by expelling").
// "Moscow answered the next day by expelling": a reply, however long in coming, is by its subject.
const SUBJECT_GAP =
  /^\s+(?:(?:\p{Ll}+\s+){0,3}|(?:responded|answered|replied|retaliated|hit\s+back)\s+(?:[\p{L}\d’'-]+\s+){0,5}?by\s+)$/u;

const isState = (m: Mention) => m.kind === 'Country';

/**
 * Incidents news reports by what happened rather than by a name: an attack ("the nerve agent
 * attack on Sergei Skripal", "the Skripal poisoning", "a bombing in Manchester") and an expulsion
 * of diplomats ("Britain would expel 23 Russian diplomats"). Their ids say what identifies them
 * across articles, so that every outlet's report names the same event: an attack by the person
 * it targeted (or, with no one named, its place) and year; an expulsion by the expelling state,
 * the expelled state and the year. One article's mentions of one incident are one event ("the
 * attack", "the expulsions" refer back to the last one named).
 */
export function findIncidents(
  text: string,
  sentences: readonly SentenceSpan[],
  entities: readonly Mention[],
  year: string,
  localSuffix: string,
): IncidentsFound {
  const attacks = findAttacks(text, entities, year, localSuffix);
  const expulsions = findExpulsions(text, sentences, entities, year);
  return {
    mentions: [...attacks.mentions, ...expulsions.mentions],
    facts: [...attacks.facts, ...expulsions.facts],
  };
}

interface AttackWords {
  span: { start: number; end: number };
  /** The words that name it: "nerve agent attack". */
  noun: string;
  /** What it is: "attack", "poisoning", "assassination attempt". */
  type: string;
  victim?: Mention;
  /** A relative attacked with the victim ("and his daughter Yulia"). */
  companion?: Mention;
  place?: Mention;
  /** The year its own words give ("the 2018 nerve-agent attack"), and where. */
  year?: string;
  yearSpan?: { start: number; end: number; text: string };
  /** Its rank among several of its kind ("the first blast"). */
  ordinal?: string;
}

function findAttacks(text: string, entities: readonly Mention[], year: string, localSuffix: string): IncidentsFound {
  const people = entities.filter((m) => m.kind === 'Person');
  const places = entities.filter((m) => (m.kind === 'Place' || m.kind === 'Country') && !isDemonym(m));
  const found: AttackWords[] = [];
  for (const match of text.matchAll(ATTACK)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const named =
      [...people, ...places].find((m) => m.end <= start && /^\s+$/u.test(text.slice(m.end, start))) ??
      namedElsewhere(text, start, [...people, ...places]);
    const yearWords = STATED_YEAR.exec(before);
    const statedYear = yearWords?.[1];
    // "The first blast", "a second explosion": a determiner and a rank make it a noun phrase too.
    const determined = NOUN_BEFORE.test(before) || RANKED.test(before);
    if (!determined && !named && !match[1] && !statedYear) continue;
    const ordinal = ORDINAL_BEFORE.exec(before)?.[1]?.toLowerCase();
    // "another", "an earlier" one: which one, the words do not say.
    if (ordinal !== undefined && !ORDINALS.includes(ordinal)) continue;
    const blast = IS_BLAST.test(match[2]!);
    if (blast && !determined && !statedYear && (!named || named.kind === 'Person')) continue;
    const after = (m: Mention) => m.start >= end && m.start - end < 40 && VICTIM_AFTER.test(text.slice(end, m.start));
    const victim = people.find(after) ?? (named?.kind === 'Person' ? named : undefined);
    // "on Sergei Skripal and his daughter (Yulia)": a relative attacked with the target.
    const withRelative = victim && victim.start >= end ? COMPANION.exec(text.slice(victim.end, victim.end + 40)) : null;
    const companionStart = victim && withRelative ? victim.end + withRelative[0].length : -1;
    const companion = withRelative ? people.find((m) => m.start === companionStart) : undefined;
    // "the attack in Salisbury", "the attack on Sergei Skripal (and his daughter) in Salisbury".
    const placeFrom = companion
      ? companion.end
      : withRelative
        ? companionStart
        : victim && victim.start >= end
          ? victim.end
          : end;
    const place =
      places.find(
        (m) => m.start >= placeFrom && m.start - placeFrom < 30 && PLACE_AFTER.test(text.slice(placeFrom, m.start)),
      ) ?? (named && named.kind !== 'Person' ? named : undefined);
    const noun = blast ? match[2]!.toLowerCase().replace(/s$/u, '') : match[2]!.toLowerCase();
    // A bare "attack" is an incident only with a weapon, a target or a place, or as "the attack".
    if (noun === 'attack' && !match[1] && !victim && !place && !/\bthe\s+$/iu.test(before)) continue;
    found.push({
      ...(statedYear && yearWords
        ? {
            year: statedYear,
            yearSpan: {
              start: start - before.length + yearWords.index,
              end: start - before.length + yearWords.index + statedYear.length,
              text: statedYear,
            },
          }
        : {}),
      span: { start: named?.start ?? start, end },
      ...(ordinal ? { ordinal } : {}),
      noun: match[1] ? match[0].trim() : match[2]!,
      type: noun,
      victim,
      ...(companion ? { companion } : {}),
      place,
    });
  }
  // Explosions are told apart from attacks: an article may report a poisoning and a blast.
  const blasts = found.filter((words) => IS_BLAST.test(words.type));
  const attacks = found.filter((words) => !IS_BLAST.test(words.type));
  const ofAttacks = incidentsOf(text, attacks, year, localSuffix, 'attack');
  const ofBlasts = incidentsOf(text, blasts, year, localSuffix, 'explosion');
  return { mentions: [...ofAttacks.mentions, ...ofBlasts.mentions], facts: [...ofAttacks.facts, ...ofBlasts.facts] };
}

/** One article's words for incidents of one family ("attack", "explosion"), made events. */
function incidentsOf(
  text: string,
  found: readonly AttackWords[],
  year: string,
  localSuffix: string,
  family: string,
): IncidentsFound {
  if (found.length === 0) return { mentions: [], facts: [] };
  // An article reports one attack unless it names two targets: every mention is that attack,
  // known by the first target named (or place); one naming another target is that one's.
  const identifiedBy = found.find((words) => words.victim)?.victim ?? found.find((words) => words.place)?.place;
  const firstType = (found.find((words) => words.victim || words.place) ?? found[0]!).type;
  // An attack of another year than the article's says so ("the 2018 poisoning"): its id has that year.
  const attackYear = found.find((words) => words.year)?.year ?? year;
  const yearSpan = found.find((words) => words.yearSpan)?.yearSpan;
  const eventOf = (by: Mention | undefined, type: string) =>
    by
      ? {
          key: incidentKey(family, by, attackYear),
          name: `${capitalise(type)} ${by.kind === 'Person' ? (type === 'attack' ? 'on' : 'of') : 'in'} ${by.name}`,
          type,
        }
      : { key: `event:${slugify(type)}-${localSuffix}`, name: capitalise(type), type };
  const main = eventOf(identifiedBy, firstType);
  const anchored = found.some((words) => words.victim || words.place || !/^attack$/iu.test(words.noun));
  const mentions: Mention[] = [];
  const facts: StatedFact[] = [];
  const ranked: { mention: Mention; of: string }[] = [];
  for (const words of found) {
    const own = Boolean(words.victim || words.place);
    // "the attack" alone, in an article that names no incident otherwise, is too vague to be one.
    if (!anchored && /^attack$/iu.test(words.noun)) continue;
    const other = words.victim && identifiedBy?.kind === 'Person' && words.victim.key !== identifiedBy.key;
    const base = other ? eventOf(words.victim, words.type) : main;
    // "The first blast" of the explosions at the depot: an event of its own, where they were.
    const event = words.ordinal
      ? {
          key: `${base.key}-${words.ordinal}`,
          name: `${capitalise(words.ordinal)} ${base.name.charAt(0).toLowerCase()}${base.name.slice(1)}`,
          type: base.type,
        }
      : base;
    const place = words.place ?? (words.ordinal && identifiedBy?.kind !== 'Person' ? identifiedBy : undefined);
    const mention: Mention = {
      ...words.span,
      text: text.slice(words.span.start, words.span.end),
      kind: 'Event',
      key: event.key,
      name: event.name,
      confidence: own ? 0.6 : 0.5,
      reason: words.ordinal
        ? `the ${words.ordinal} of the incidents the article reports ("${words.noun}")`
        : own
          ? `an incident the article reports ("${words.noun}")`
          : `"${words.noun}" is the ${event.name.toLowerCase()} the article reports`,
      details: { eventType: event.type },
      ...(own || words.ordinal ? {} : { refersBack: true }),
      // "A second explosion followed in December": in the year the explosions were.
      ...(words.yearSpan ? { statedYear: words.yearSpan } : words.ordinal && yearSpan ? { statedYear: yearSpan } : {}),
    };
    mentions.push(mention);
    if (words.ordinal) ranked.push({ mention, of: base.key });
    if (words.victim)
      facts.push({
        type: 'PARTICIPATED_IN',
        from: words.victim,
        to: mention,
        evidence: spanOver(words.victim, mention),
        role: 'target',
      });
    if (words.companion && !other)
      facts.push({
        type: 'PARTICIPATED_IN',
        from: words.companion,
        to: mention,
        evidence: spanOver(words.companion, mention),
        role: 'target',
      });
    if (place) facts.push({ type: 'OCCURRED_IN', from: mention, to: place, evidence: spanOver(place, mention) });
  }
  // "The first blast" is part of "the explosions" the article names as one.
  for (const { mention, of } of ranked)
    if (mentions.some((m) => m.key === of)) facts.push({ type: 'PART_OF', from: mention, to: of, evidence: mention });
  return { mentions, facts };
}

/**
 * "Salisbury nerve agent attack" in a headline, where "Salisbury" is no mention of its own (a
 * headline's words are not taken alone): the word before is the name of a place or person the
 * article names elsewhere.
 */
function namedElsewhere(text: string, start: number, named: readonly Mention[]): Mention | undefined {
  const word = /(\p{Lu}[\p{L}’'-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!word) return undefined;
  const wordStart = start - word[0].length;
  const mention = named.find((m) => m.text === word[1] || m.name === word[1] || m.name.endsWith(` ${word[1]}`));
  return mention ? { ...mention, start: wordStart, end: wordStart + word[1]!.length, text: word[1]! } : undefined;
}

function incidentKey(family: string, by: Mention, year: string): string {
  return by.kind === 'Person'
    ? `event:${family}-on-${slugify(by.name)}-${year}`
    : `event:${family}-in-${slugify(by.name)}-${year}`;
}

function findExpulsions(
  text: string,
  sentences: readonly SentenceSpan[],
  entities: readonly Mention[],
  year: string,
): IncidentsFound {
  const mentions: Mention[] = [];
  const facts: StatedFact[] = [];
  const said: { start: number; end: number; target: Mention; actor?: Mention; passive?: boolean }[] = [];
  const worded = [
    ...[...text.matchAll(EXPULSION)].map((match) => ({ match, passive: false })),
    ...[...text.matchAll(EXPELLED_PASSIVE)].map((match) => ({ match, passive: true })),
  ];
  for (const { match, passive } of worded) {
    const start = match.index;
    const end = start + match[0].length;
    const [targetStart] =
      match.indices!.groups!.target ?? match.indices!.groups!.owner ?? match.indices!.groups!.people!;
    const target = entities.find((m) => isState(m) && m.start === targetStart && isDemonym(m));
    if (!target) continue;
    if (said.some((words) => overlaps(words, { start, end }))) continue;
    // The passive does not say by whom.
    if (passive) {
      said.push({ start, end, target, passive });
      continue;
    }
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    const subject = entities
      .filter(
        (m) =>
          (isState(m) || m.kind === 'Person') &&
          m.end <= start &&
          (!sentence || m.start >= sentence.start) &&
          SUBJECT_GAP.test(text.slice(m.end, start)),
      )
      .at(-1);
    said.push({ start, end, target, actor: subject && isState(subject) ? subject : undefined });
  }
  // One expulsion per expelling and expelled state; words that do not say who expelled ("May
  // expels 23 Russian diplomats") are the first expulsion of those diplomats the article names.
  const events: {
    key: string;
    name: string;
    actor: Mention;
    target: Mention;
    spans: { start: number; end: number }[];
  }[] = [];
  for (const words of said.filter((w) => w.actor && w.actor.key !== w.target.key)) {
    const actor = words.actor!;
    const key = `event:expulsion-of-${slugify(words.target.name)}-diplomats-by-${slugify(actor.name)}-${year}`;
    const event = events.find((e) => e.key === key);
    if (event) event.spans.push(words);
    else
      events.push({
        key,
        name: `Expulsion of ${adjectiveOf(words.target)} diplomats by ${actor.name}`,
        actor,
        target: words.target,
        spans: [words],
      });
  }
  // The passive, mid-article, is the last such expulsion named before it, if any.
  for (const words of said.filter((w) => !w.actor)) {
    const ofTarget = events.filter((e) => e.target.key === words.target.key);
    const event = words.passive ? ofTarget.filter((e) => e.spans[0]!.start < words.start).at(-1) : ofTarget[0];
    event?.spans.push(words);
  }
  for (const { key, name, actor, spans } of events) {
    for (const span of spans) {
      const mention: Mention = {
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        kind: 'Event',
        key,
        name,
        confidence: 0.6,
        reason: `an ${name.toLowerCase()} ("${text.slice(span.start, span.end)}")`,
        details: { eventType: 'expulsion' },
      };
      mentions.push(mention);
      facts.push({ type: 'PARTICIPATED_IN', from: actor, to: key, evidence: mention, role: 'expelling state' });
    }
  }
  for (const match of text.matchAll(EXPULSION_REFERENCE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (mentions.some((m) => overlaps(m, span))) continue;
    const demonym = match[1]
      ? entities.find((m) => m.start === span.start + match[0].indexOf(match[1]!) && isDemonym(m))
      : undefined;
    // "the British expulsions" are Britain's, as "the Russian invasion" is Russia's.
    const earlier = demonym
      ? events.find((e) => e.actor.key === demonym.key)
      : events.filter((e) => e.spans.some((s) => s.end <= span.start)).at(-1);
    if (!earlier) continue;
    mentions.push({
      ...span,
      text: match[0],
      kind: 'Event',
      key: earlier.key,
      name: earlier.name,
      confidence: 0.5,
      reason: `"${match[0]}" refers back to the ${earlier.name.toLowerCase()}`,
      refersBack: true,
      details: { eventType: 'expulsion' },
    });
  }
  return { mentions, facts };
}

/** "Czech" for "Czechs": the demonym a plural stands for, as an adjective. */
function adjectiveOf(state: Mention): string {
  const singular = state.text.slice(0, -1);
  return state.text.endsWith('s') && state.entry?.demonyms.includes(singular) ? singular : state.text;
}
