import { ATTACK_TYPE, isAttackType } from '../vocabulary/attack-types';
import { overlap, whenOf, type DateRange } from './date-range';
import { overlapOf, round, type Match } from './decision';
import type { KnownEvent } from './known-entities';

// Kinds of occasion that news calls by different names: a "meeting" of two leaders is the
// "talks" or the "chat" another outlet reports; a summit (and its plenary session) is not a
// meeting, nor a call a visit.
// First match wins: a "press conference" is not a conference of states.
const FAMILIES: readonly [family: string, pattern: RegExp][] = [
  ['press', /\b(?:press|briefing|news conference)\b/i],
  ['gathering', /\b(?:summit|conference|congress|forum|assembly|gathering|plenary)\b/i],
  ['call', /\b(?:call|phone|telephone)\b/i],
  ['visit', /\b(?:visit|trip|tour)\b/i],
  ['attack', ATTACK_TYPE],
  ['explosion', /\b(?:explosion|blast)s?\b/i],
  ['meeting', /\b(?:meeting|met|talks|negotiations?|conversation|chat|encounter|session)\b/i],
];

const ONE_PRINCIPAL = new Set(['press', 'visit', 'attack']);

// Incidents are known by their place and year as well as by who took part: an attack, an
// explosion, a war, and what forces do to a place ("the strike on Odesa", "the annexation of Crimea").
const INCIDENTS: ReadonlySet<string> = new Set([
  'attack',
  'war',
  'explosion',
  'strike',
  'capture',
  'annexation',
  'invasion',
  'blockade',
  'downing',
  'storming',
]);

/** Whether events of this type are known by their place as well as by who took part: attacks, explosions. */
export function knownByPlace(eventType: string | undefined): boolean {
  return isAttackType(eventType) || INCIDENTS.has(eventFamily(eventType) ?? '');
}

/**
 * Two events' places contradict when they share none and name two of one kind: two cities, two
 * countries. A city and a country do not: Salisbury may be in Britain.
 */
export function placesContradict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || overlapOf(a, b).shared.length > 0) return false;
  const kind = (id: string) => id.split(':')[0];
  return a.some((x) => b.some((y) => kind(x) === kind(y)));
}

/**
 * An attack the article names by its place (or target) is a known attack of the same year whose
 * target (or place) the article names elsewhere: "the Salisbury attack", in an article that
 * names Sergei Skripal, is the attack on him. Less sure than a shared target or place.
 */
export function attackByNamedActors(
  own: KnownEvent,
  known: KnownEvent,
  named: ReadonlySet<string>,
  publishedOn: string,
): Match | undefined {
  if (own.id === known.id || !knownByPlace(own.eventType) || !knownByPlace(known.eventType)) return undefined;
  // A capture is not a downing: only incidents of one family.
  if (eventFamily(own.eventType) !== eventFamily(known.eventType)) return undefined;
  if (placesContradict(own.places, known.places)) return undefined;
  const ownWhen = comparedDays(own, publishedOn);
  const knownWhen = comparedDays(known);
  if (!ownWhen || !knownWhen || !overlap(ownWhen, knownWhen)) return undefined;
  // People and cities only: a country names too many attacks to tell one.
  const telling = [...known.participants, ...known.places].filter((id) => !id.startsWith('country:') && named.has(id));
  if (telling.length === 0) return undefined;
  return {
    id: known.id,
    score: 0.55,
    reason: `the attack this article names is ${known.id}, ${known.date ? `dated ${known.date}` : `first reported ${known.firstReported}`}: the article names ${telling.join(', ')}, its ${known.participants.includes(telling[0]!) ? 'target' : 'place'}`,
  };
}

/** The days an event is compared over: its date, or recent days; an attack's whole year. */
export function comparedDays(event: KnownEvent, publishedOn?: string): DateRange | undefined {
  const family = eventFamily(event.eventType);
  return byYear(family ?? '', whenOf(publishedOn ? { ...event, firstReported: publishedOn } : event));
}

function byYear(family: string, range: DateRange | undefined): DateRange | undefined {
  if (!range || !INCIDENTS.has(family)) return range;
  return { from: `${range.from.slice(0, 4)}-01-01`, to: `${range.to.slice(0, 4)}-12-31` };
}

/** The family an event type belongs to; an unknown type is its own family. */
export function eventFamily(eventType: string | undefined): string | undefined {
  if (!eventType) return undefined;
  return FAMILIES.find(([, pattern]) => pattern.test(eventType))?.[0] ?? eventType.toLowerCase();
}

/**
 * Whether an article's event is a known one: a compatible type, the same status (held or not),
 * the same organizer or at least two of the same participants (one side's all among the
 * other's; one for a press conference, a visit or an attack), a compatible date at its precision (an undated one: in the days before the
 * article), and no place that contradicts.
 */
export function sameEvent(own: KnownEvent, known: KnownEvent, publishedOn: string): Match | undefined {
  if (own.id === known.id) return undefined;
  const family = eventFamily(own.eventType);
  if (!family) return undefined;
  if (family !== eventFamily(known.eventType)) return summitOfTheTwo(own, known);
  if ((own.status ?? 'HELD') !== (known.status ?? 'HELD')) return undefined;

  const organizers = overlapOf(own.organizers, known.organizers);
  const participants = overlapOf(own.participants, known.participants);
  // Occasions with one principal (who spoke, who visited, who was attacked) are known by that
  // one; others by two of the same people or more.
  const needed = ONE_PRINCIPAL.has(family) ? 1 : 2;
  const bySubset =
    participants.shared.length >= needed &&
    participants.shared.length === Math.min(own.participants.length, known.participants.length);
  const places = overlapOf(own.places, known.places);
  // An attack is also known by its place: "the Salisbury attack" is the attack on Skripal there.
  const byPlace = knownByPlace(family) && places.shared.length > 0;
  if (organizers.shared.length === 0 && !bySubset && !byPlace) return undefined;
  if (placesContradict(own.places, known.places)) return undefined;

  // An attack keeps its name for the year (its id says so): reports of it months later are it.
  const ownWhen = comparedDays(own, publishedOn);
  const knownWhen = comparedDays(known);
  if (!ownWhen || !knownWhen || !overlap(ownWhen, knownWhen)) return undefined;

  const actors = organizers.shared.length > 0 ? 1 : bySubset ? participants.jaccard : 0.6;
  const score =
    0.5 * actors + 0.3 * (own.date && known.date ? 1 : 0.6) + 0.2 * (own.eventType === known.eventType ? 1 : 0.8);
  const who =
    organizers.shared.length > 0
      ? `held by ${organizers.shared.join(', ')}`
      : bySubset
        ? `with ${participants.shared.join(', ')} taking part`
        : `in ${places.shared.join(', ')}`;
  return {
    id: known.id,
    score: round(score),
    reason:
      `the same ${family} as ${known.id}: ${who}, ${known.date ? `dated ${known.date}` : `first reported ${known.firstReported}`}` +
      (own.date ? ` (this article: ${own.date})` : ` (this article of ${publishedOn} gives no date)`),
  };
}

/**
 * "Biden and Putin held talks in Geneva" on the day of their Geneva summit: talks or a meeting of
 * exactly the two or more leaders of a summit, on its day (each dated to the day), are that
 * summit. A meeting on a summit's sidelines is not: the summit has other participants.
 */
function summitOfTheTwo(own: KnownEvent, known: KnownEvent): Match | undefined {
  const families = new Set([eventFamily(own.eventType), eventFamily(known.eventType)]);
  if (families.size !== 2 || !families.has('meeting') || !families.has('gathering')) return undefined;
  if ((own.status ?? 'HELD') !== (known.status ?? 'HELD')) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/u;
  if (!own.date || !known.date || !day.test(own.date) || own.date !== known.date) return undefined;
  const participants = overlapOf(own.participants, known.participants);
  const same =
    participants.shared.length >= 2 &&
    participants.shared.length === own.participants.length &&
    participants.shared.length === known.participants.length;
  if (!same || placesContradict(own.places, known.places)) return undefined;
  return {
    id: known.id,
    score: 0.7,
    reason: `the ${own.eventType} of ${participants.shared.join(' and ')} on ${own.date} are ${known.id}, their ${known.eventType} of that day`,
  };
}

/**
 * An incident the article names by its place but dates in no way ("the explosions at Vrbetice",
 * seven years on): its id takes the article's year, yet it may be a known one of an earlier year
 * at the same place. Only ever a doubt, for an admin to settle: a new incident at a place that
 * had one before is as likely.
 */
export function earlierIncidentAtPlace(own: KnownEvent, known: KnownEvent, publishedOn: string): Match | undefined {
  const family = eventFamily(own.eventType);
  if (own.id === known.id || own.date || !family || !INCIDENTS.has(family)) return undefined;
  if (family !== eventFamily(known.eventType) || !known.date || known.date.slice(0, 4) >= publishedOn.slice(0, 4))
    return undefined;
  const shared = overlapOf(own.places, known.places).shared;
  if (shared.length === 0) return undefined;
  return {
    id: known.id,
    score: 0.3,
    reason: `the ${family} this article names in ${shared.join(', ')} with no date of its own may be ${known.id}, dated ${known.date}`,
  };
}

/**
 * An event the article names without who took part ("the Singapore summit", in an article that
 * names Trump and Kim elsewhere): a known one of the same kind, at a compatible date, every
 * participant of which the article names, with no place that contradicts. Less sure than a match
 * on participants; a doubt when the article names only some of them.
 */
export function eventByNamedParticipants(
  own: KnownEvent,
  known: KnownEvent,
  named: ReadonlySet<string>,
  publishedOn: string,
): Match | undefined {
  if (own.id === known.id || own.participants.length > 0 || own.organizers.length > 0) return undefined;
  const family = eventFamily(own.eventType);
  if (!family || family !== eventFamily(known.eventType) || knownByPlace(family)) return undefined;
  if ((own.status ?? 'HELD') !== (known.status ?? 'HELD')) return undefined;
  const needed = ONE_PRINCIPAL.has(family) ? 1 : 2;
  if (known.participants.length < needed || placesContradict(own.places, known.places)) return undefined;
  const ownWhen = comparedDays(own, publishedOn);
  const knownWhen = comparedDays(known);
  if (!ownWhen || !knownWhen || !overlap(ownWhen, knownWhen)) return undefined;
  const shared = known.participants.filter((id) => named.has(id));
  if (shared.length < needed) return undefined;
  const when = known.date ? `dated ${known.date}` : `first reported ${known.firstReported}`;
  const all = shared.length === known.participants.length;
  return {
    id: known.id,
    score: all ? 0.55 : 0.3,
    reason: `the ${family} this article names without who took part ${all ? 'is' : 'may be'} ${known.id}, ${when}: ${known.participants.join(', ')} took part, of whom the article names ${shared.join(', ')}`,
  };
}
