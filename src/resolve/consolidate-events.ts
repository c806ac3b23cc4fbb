import type { ArticleFile } from '../vocabulary/article-file-schema';
import { overlap, whenOf } from './date-range';
import { overlapOf } from './decision';
import { eventsOf, type KnownEvent } from './known-entities';
import { eventFamily } from './same-event';

/**
 * Mentions of one occasion within an article are one event: two events of one family and
 * status, held by the same organizer or with the same participants (two or more), at the same
 * date (or both undated) and with no place that contradicts, become the first of them.
 * Returns the renames (later id → first id) with the reason for each.
 */
export function consolidateEvents(file: ArticleFile): Map<string, { id: string; reason: string }> {
  const renames = new Map<string, { id: string; reason: string }>();
  const events = eventsOf(file);
  events.forEach((later, index) => {
    const first = events.slice(0, index).find((earlier) => !renames.has(earlier.id) && oneOccasion(earlier, later));
    if (first) {
      renames.set(later.id, {
        id: first.id,
        reason: `the same ${eventFamily(first.eventType)} as ${first.id} earlier in this article (same ${
          first.organizers.length > 0 ? 'organizer' : 'participants'
        }, ${first.date ? `same date ${first.date}` : 'both undated'})`,
      });
    }
  });
  // "The Ankara summit" and "the three-way summit" of one article, in the same days, are one
  // summit: a gathering known only by where it was held (a place, no participants, no organizer)
  // is the one other gathering of the article it fits, when exactly one fits.
  const open = events.filter((event) => !renames.has(event.id) && eventFamily(event.eventType) === 'gathering');
  const placedOnly = (e: KnownEvent) => e.places.length > 0 && e.participants.length === 0 && e.organizers.length === 0;
  for (const bare of open.filter(placedOnly)) {
    const fitting = open.filter((other) => other.id !== bare.id && !renames.has(other.id) && sameDays(bare, other));
    if (fitting.length !== 1 || [...renames.values()].some((r) => r.id === fitting[0]!.id)) continue;
    const other = fitting[0]!;
    renames.set(other.id, {
      id: bare.id,
      reason: `the one gathering of this article in the days of ${bare.id}, which the article names (no place contradicts)`,
    });
  }
  return renames;
}

function sameDays(a: KnownEvent, b: KnownEvent): boolean {
  const [whenA, whenB] = [whenOf(a), whenOf(b)];
  if (!whenA || !whenB || !overlap(whenA, whenB)) return false;
  if ((a.status ?? 'HELD') !== (b.status ?? 'HELD')) return false;
  return a.places.length === 0 || b.places.length === 0 || overlapOf(a.places, b.places).shared.length > 0;
}

function oneOccasion(a: KnownEvent, b: KnownEvent): boolean {
  if (eventFamily(a.eventType) === undefined || eventFamily(a.eventType) !== eventFamily(b.eventType)) return false;
  if ((a.status ?? 'HELD') !== (b.status ?? 'HELD')) return false;
  if (a.date !== b.date) return false;
  if (a.places.length > 0 && b.places.length > 0 && overlapOf(a.places, b.places).shared.length === 0) return false;
  const organizers = overlapOf(a.organizers, b.organizers).shared.length > 0;
  const sameParticipants =
    a.participants.length >= 2 &&
    a.participants.length === b.participants.length &&
    overlapOf(a.participants, b.participants).shared.length === a.participants.length;
  return organizers || sameParticipants;
}
