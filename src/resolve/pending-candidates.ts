import { overlap, rangeOf, type DateRange } from './date-range';
import type { ArticleFile } from '../vocabulary/article-file-schema';
import {
  termsOf,
  documentsOf,
  eventsOf,
  peopleOf,
  type CandidateSource,
  type KnownTerm,
  type KnownDocument,
  type KnownEvent,
  type KnownPerson,
} from './known-entities';

/**
 * Candidates from articles resolved in this run but not yet written (they are written several
 * per transaction): a later article in the same run resolves to them as it would to the graph.
 */
export class PendingCandidates implements CandidateSource {
  private documents: KnownDocument[] = [];
  private events: KnownEvent[] = [];
  private people: KnownPerson[] = [];
  private concepts: KnownTerm[] = [];

  add(file: ArticleFile): void {
    this.documents.push(...documentsOf(file));
    this.events.push(...eventsOf(file));
    this.people.push(...peopleOf(file));
    this.concepts.push(...termsOf(file));
  }

  /** Once written, the articles are found in the graph. */
  clear(): void {
    this.documents = [];
    this.events = [];
    this.people = [];
    this.concepts = [];
  }

  termsNamed(words: readonly string[]): Promise<KnownTerm[]> {
    const wanted = new Set(words.map((word) => word.toLowerCase()));
    const named = (name: string) => name.split(/[^\p{L}\p{N}’'-]+/u).some((word) => wanted.has(word.toLowerCase()));
    return Promise.resolve(this.concepts.filter((c) => [c.name, ...c.aliases].some(named)));
  }

  peopleNamed(words: readonly string[]): Promise<KnownPerson[]> {
    const wanted = new Set(words.map((word) => word.toLowerCase()));
    return Promise.resolve(
      this.people.filter((person) => person.name.split(/\s+/).some((word) => wanted.has(word.toLowerCase()))),
    );
  }

  documentsIssuedBy(actorIds: readonly string[]): Promise<KnownDocument[]> {
    const actors = new Set(actorIds);
    return Promise.resolve(this.documents.filter((d) => d.issuers.some((id) => actors.has(id))));
  }

  documentsNamedWith(eventIds: readonly string[], within: DateRange): Promise<KnownDocument[]> {
    const wanted = new Set(eventIds);
    return Promise.resolve(
      this.documents.flatMap((d) => {
        const occasions = (d.occasions ?? []).filter((id) => wanted.has(id));
        const inDays = !d.firstReported || overlap(rangeOf(d.firstReported), within);
        return d.issuers.length === 0 && occasions.length > 0 && inDays ? [{ ...d, occasions }] : [];
      }),
    );
  }

  eventsOf(actorIds: readonly string[], within?: DateRange): Promise<KnownEvent[]> {
    const actors = new Set(actorIds);
    return Promise.resolve(
      this.events.filter(
        (e) =>
          [...e.participants, ...e.organizers, ...e.places].some((id) => actors.has(id)) &&
          (!within || !e.date || overlap(rangeOf(e.date), within)),
      ),
    );
  }
}

/** Candidates from several sources, each id once (the first source's record wins). */
export function combinedCandidates(...sources: CandidateSource[]): CandidateSource {
  const union = async <T extends { id: string }>(lists: Promise<T[]>[]): Promise<T[]> => {
    const byId = new Map<string, T>();
    for (const item of (await Promise.all(lists)).flat()) if (!byId.has(item.id)) byId.set(item.id, item);
    return [...byId.values()];
  };
  return {
    documentsIssuedBy: (ids) => union(sources.map((source) => source.documentsIssuedBy(ids))),
    documentsNamedWith: (ids, within) => union(sources.map((source) => source.documentsNamedWith(ids, within))),
    eventsOf: (ids, within) => union(sources.map((source) => source.eventsOf(ids, within))),
    peopleNamed: (words) => union(sources.map((source) => source.peopleNamed(words))),
    termsNamed: (words) => union(sources.map((source) => source.termsNamed(words))),
  };
}
