import type { DateRange } from './date-range';
import type { ArticleEntity, ArticleFile } from '../vocabulary/article-file-schema';
import { eventFamily } from './same-event';

/** A document as resolution compares it: its type, date and who issued it. */
export interface KnownDocument {
  id: string;
  documentType?: string;
  /** A date value at its precision (`2017-11-11`, `2017-11`, `2017`). */
  date?: string;
  dateInferred?: boolean;
  /** The publication date of the first article that named it: an undated one happened before. */
  firstReported?: string;
  issuers: string[];
  /** The summits and meetings the article that named it names too: what it may have come out of. */
  occasions?: string[];
}

/** An event as resolution compares it: its type, date, status, who took part or held it, where. */
export interface KnownEvent {
  id: string;
  eventType?: string;
  date?: string;
  dateInferred?: boolean;
  firstReported?: string;
  status?: string;
  participants: string[];
  organizers: string[];
  places: string[];
}

/** A person as resolution compares one: a name. */
export interface KnownPerson {
  id: string;
  name: string;
}

/** A concept or an organization, known by its name: resolution compares names and aliases. */
export interface KnownTerm {
  id: string;
  kind: 'Concept' | 'Organization';
  name: string;
  aliases: string[];
}

/** Where resolution looks for entities an article may name again: the graph, or articles not yet written. */
export interface CandidateSource {
  /** Documents issued by any of these actors. */
  documentsIssuedBy(actorIds: readonly string[]): Promise<KnownDocument[]>;
  /**
   * Documents named without their issuers in an article published in those days that also names
   * one of these summits or meetings, each with those of them it was named with (`occasions`).
   */
  documentsNamedWith(eventIds: readonly string[], within: DateRange): Promise<KnownDocument[]>;
  /**
   * Events any of these actors took part in or held; with `within`, only those dated in those
   * days (a date at year or month precision counts from its first day, up to a year before) or
   * undated, so that a hub actor's other years do not crowd out the candidates.
   */
  eventsOf(actorIds: readonly string[], within?: DateRange): Promise<KnownEvent[]>;
  /** People whose name has one of these words in it (a surname). */
  peopleNamed(words: readonly string[]): Promise<KnownPerson[]>;
  /** Concepts and organizations whose name or aliases have one of these words in them. */
  termsNamed(words: readonly string[]): Promise<KnownTerm[]>;
}

/** An article file's documents, with their issuers as the file states them. */
export function documentsOf(file: ArticleFile): KnownDocument[] {
  return file.entities
    .filter((entity) => entity.kind === 'Document')
    .map((entity) => ({
      id: entity.id,
      ...typeOf(entity.documentType),
      ...dateOf(entity),
      firstReported: file.article.publishedOn,
      issuers: endpoints(file, 'ISSUED', entity.id),
      occasions: occasionsOf(file),
    }));
}

/** The summits, meetings and talks an article names. */
export function occasionsOf(file: ArticleFile): string[] {
  return file.entities
    .filter((entity) => entity.kind === 'Event' && OCCASION_FAMILIES.has(eventFamily(entity.eventType) ?? ''))
    .map((entity) => entity.id);
}

const OCCASION_FAMILIES: ReadonlySet<string> = new Set(['gathering', 'meeting']);

/** An article file's events, with participants, organizers and places as the file states them. */
export function eventsOf(file: ArticleFile): KnownEvent[] {
  return file.entities
    .filter((entity) => entity.kind === 'Event')
    .map((entity) => ({
      id: entity.id,
      ...(entity.eventType ? { eventType: entity.eventType } : {}),
      ...dateOf(entity),
      firstReported: file.article.publishedOn,
      ...(entity.status ? { status: entity.status } : {}),
      participants: endpoints(file, 'PARTICIPATED_IN', entity.id),
      organizers: targets(file, 'HELD_BY', entity.id),
      places: targets(file, 'OCCURRED_IN', entity.id),
    }));
}

/** An article file's people. */
export function peopleOf(file: ArticleFile): KnownPerson[] {
  return file.entities.filter((entity) => entity.kind === 'Person').map(({ id, name }) => ({ id, name }));
}

/** An article file's concepts and organizations. */
export function termsOf(file: ArticleFile): KnownTerm[] {
  return file.entities.flatMap(({ id, kind, name, aliases }) =>
    kind === 'Concept' || kind === 'Organization' ? [{ id, kind, name, aliases }] : [],
  );
}

function typeOf(documentType: string | undefined): { documentType?: string } {
  return documentType ? { documentType } : {};
}

function dateOf(entity: ArticleEntity): { date?: string; dateInferred?: boolean } {
  return entity.date ? { date: entity.date.value, dateInferred: entity.date.inferred } : {};
}

function endpoints(file: ArticleFile, type: string, to: string): string[] {
  return [...new Set(file.relationships.filter((r) => r.type === type && r.to === to).map((r) => r.from))];
}

function targets(file: ArticleFile, type: string, from: string): string[] {
  return [...new Set(file.relationships.filter((r) => r.type === type && r.from === from).map((r) => r.to))];
}
