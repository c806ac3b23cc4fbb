import type { ArticleEntity, ArticleFile, PossibleMatch } from '../vocabulary/article-file-schema';
import { consolidateEvents } from './consolidate-events';
import { rangeOf, widened, type DateRange } from './date-range';
import { bestMatch, tiedMatches, type Match } from './decision';
import { termKey, termSearchWords } from './term-key';
import {
  termsOf,
  documentsOf,
  eventsOf,
  occasionsOf,
  peopleOf,
  type CandidateSource,
  type KnownDocument,
  type KnownEvent,
} from './known-entities';
import { renameEntities } from './rename-entities';
import { sameTerm } from './same-term';
import { documentByNamedIssuers, documentByOccasion, DOUBT_BELOW, sameDocument } from './same-document';
import {
  attackByNamedActors,
  comparedDays,
  earlierIncidentAtPlace,
  eventByNamedParticipants,
  knownByPlace,
  sameEvent,
} from './same-event';
import { personBySurname, personInArticle, possiblePeopleBySurname } from './same-person';

// How many days apart two reports of one occasion's document may be.
const OCCASION_REPORT_DAYS = 30;

// Who may issue a document.
const ACTOR_KINDS: ReadonlySet<string> = new Set(['Person', 'Country', 'Organization']);

/** One identity decision: the article's entity `from` is the known entity `to`. */
export interface ResolutionDecision {
  from: string;
  to: string;
  score: number;
  reason: string;
}

export interface ResolvedArticle {
  file: ArticleFile;
  decisions: ResolutionDecision[];
  /** The doubts left open, also in `file.possibleMatches`. */
  doubts: PossibleMatch[];
}

/**
 * Decides which of an extracted article's people (named by surname alone), documents and events
 * (and concepts and organizations) are ones already known (in the graph, or earlier in the same run) and rewrites the article to use their ids. Every decision
 * is written on the entity's mentions with its reason and score; in doubt (no candidate, or two
 * alike) the article keeps its own entity.
 */
export async function resolveArticle(file: ArticleFile, candidates: CandidateSource): Promise<ResolvedArticle> {
  const decisions: ResolutionDecision[] = [];
  const within = new Map([...consolidateEvents(file), ...consolidateTerms(file)]);
  for (const [from, { id, reason }] of within) decisions.push({ from, to: id, score: 1, reason });
  let current = annotated(renameEntities(file, idsOf(within)), decisions);

  const publishedOn = current.article.publishedOn;
  const documents = documentsOf(current).filter((d) => d.issuers.length > 0 && d.documentType);
  const knownDocuments = await candidates.documentsIssuedBy(unique(documents.flatMap((d) => d.issuers)));
  // Documents named without their issuers are looked for among those of the actors the article names.
  const issuerless = documentsOf(current).filter((d) => d.issuers.length === 0 && d.documentType);
  const namedActors = new Set(current.entities.filter((e) => ACTOR_KINDS.has(e.kind)).map((e) => e.id));
  const documentsOfNamedActors = issuerless.length > 0 ? await candidates.documentsIssuedBy([...namedActors]) : [];
  const events = eventsOf(current).filter((e) => identifyingActors(e).length > 0);
  // Events named without who took part are looked for among those of the actors the article names.
  const unattended = eventsOf(current).filter((e) => identifyingActors(e).length === 0 && e.eventType);
  const eventsOfNamedActors =
    unattended.length > 0 ? await candidates.eventsOf([...namedActors], daysOf(unattended, publishedOn)) : [];
  // An attack is also looked for among those of the people and cities the article names.
  const attacks = events.filter((e) => knownByPlace(e.eventType));
  const namedTargets = attacks.length > 0 ? peopleAndCities(current) : [];
  const knownEvents = await candidates.eventsOf(
    unique([...events.flatMap(identifyingActors), ...namedTargets]),
    daysOf(events, publishedOn),
  );

  const terms = termsOf(current);
  const knownTerms = await candidates.termsNamed(unique(terms.flatMap((term) => termSearchWords(term.name))));
  const surnamesOnly = peopleOf(current).filter((person) => !/\s/.test(person.name.trim()));
  const knownPeople = await candidates.peopleNamed(unique(surnamesOnly.map((person) => person.name)));

  const crossArticle: ResolutionDecision[] = [];
  const doubts: PossibleMatch[] = [];
  const doubt = (own: { id: string }, candidates: readonly Match[]) => {
    for (const c of candidates) {
      // A candidate found twice (the graph and this run) is one doubt.
      if (doubts.some((d) => d.entity === own.id && d.candidate === c.id)) continue;
      doubts.push({ entity: own.id, candidate: c.id, score: c.score, reason: c.reason });
    }
  };
  for (const own of terms) {
    if (knownTerms.some((term) => term.id === own.id)) continue;
    const matches = knownTerms.flatMap((known) => sameTerm(own, known) ?? []);
    const match = bestMatch(matches);
    if (match) crossArticle.push({ from: own.id, to: match.id, score: match.score, reason: match.reason });
    else doubt(own, tiedMatches(matches));
  }
  const articlePeople = peopleOf(current);
  for (const own of surnamesOnly) {
    if (knownPeople.some((person) => person.id === own.id)) continue;
    const match = personInArticle(own, articlePeople, knownPeople) ?? personBySurname(own, knownPeople);
    if (match) crossArticle.push({ from: own.id, to: match.id, score: match.score, reason: match.reason });
    else doubt(own, possiblePeopleBySurname(own, knownPeople));
  }
  const adopted = new Map<string, KnownDocument | KnownEvent>();
  const decide = <T extends KnownDocument | KnownEvent>(
    own: T,
    known: T[],
    same: (a: T, b: T) => Match | undefined,
    into: ResolutionDecision[] = crossArticle,
  ) => {
    // An id the article shares with a known entity is already that entity.
    if (known.some((k) => k.id === own.id)) return;
    const all = known.flatMap((candidate) => same(own, candidate) ?? []);
    const matches = all.filter((m) => m.score >= DOUBT_BELOW);
    const match = bestMatch(matches);
    if (!match) {
      doubt(own, [...tiedMatches(matches), ...all.filter((m) => m.score < DOUBT_BELOW)]);
      return;
    }
    // Two documents of one article are two texts by its own account: the one decided first (on
    // its issuers, the surer way) keeps the known one, and the other is only a doubt.
    if (
      own.id.startsWith('document:') &&
      [...crossArticle, ...into].some((d) => d.to === match.id && d.from !== own.id)
    ) {
      doubt(own, [match]);
      return;
    }
    into.push({ from: own.id, to: match.id, score: match.score, reason: match.reason });
    adopted.set(
      own.id,
      known.find((k) => k.id === match.id)!,
    );
  };
  for (const own of documents) decide(own, knownDocuments, (a, b) => sameDocument(a, b, publishedOn));
  for (const own of issuerless)
    decide(own, documentsOfNamedActors, (a, b) => documentByNamedIssuers(a, b, namedActors, publishedOn));
  for (const own of unattended)
    decide(own, eventsOfNamedActors, (a, b) => eventByNamedParticipants(a, b, namedActors, publishedOn));
  const namedIds = new Set(namedTargets);
  for (const own of events)
    decide(
      own,
      knownEvents,
      (a, b) => sameEvent(a, b, publishedOn) ?? attackByNamedActors(a, b, namedIds, publishedOn),
    );

  // An incident dated in no way may be one of an earlier year at its place: a doubt, never a merge.
  const undatedIncidents = events.filter(
    (e) => knownByPlace(e.eventType) && !e.date && e.places.length > 0 && !crossArticle.some((d) => d.from === e.id),
  );
  if (undatedIncidents.length > 0) {
    const atPlaces = await candidates.eventsOf(unique(undatedIncidents.flatMap((e) => e.places)));
    for (const own of undatedIncidents)
      doubt(
        own,
        atPlaces.flatMap((known) => earlierIncidentAtPlace(own, known, publishedOn) ?? []),
      );
  }
  current = adoptedAs(current, crossArticle, adopted);

  // Once its events are known ones, a document named without issuers may be one another article
  // named beside the same summit or meeting.
  const byOccasion: ResolutionDecision[] = [];
  const unplaced = documentsOf(current).filter(
    (d) => d.issuers.length === 0 && d.documentType && !crossArticle.some((decision) => decision.to === d.id),
  );
  const occasions = occasionsOf(current);
  // Outlets report an occasion's document in the weeks around it, not years later.
  const namedWith =
    unplaced.length > 0 && occasions.length > 0
      ? await candidates.documentsNamedWith(occasions, widened(rangeOf(publishedOn), OCCASION_REPORT_DAYS))
      : [];
  // Another document of this same article is never a candidate (a re-ingested article finds its own).
  const ownIds = new Set(current.entities.map((entity) => entity.id));
  const othersNamedWith = namedWith.filter((known) => !ownIds.has(known.id));
  for (const own of unplaced) decide(own, othersNamedWith, (a, b) => documentByOccasion(a, b, publishedOn), byOccasion);
  if (byOccasion.length > 0) {
    current = adoptedAs(current, byOccasion, adopted);
    crossArticle.push(...byOccasion);
  }
  // A candidate this article also names is no longer a doubt: the article itself joined them.
  const named = new Set(current.entities.map((entity) => entity.id));
  const open = doubts.filter((d) => !named.has(d.candidate) && named.has(d.entity));
  if (open.length > 0) current = { ...current, possibleMatches: open };
  return { file: current, decisions: [...decisions, ...crossArticle], doubts: open };
}

/**
 * The article with each decided entity renamed to the known one, keeping the known one's details,
 * and each decision written on the entity's mentions.
 */
function adoptedAs(
  file: ArticleFile,
  decisions: readonly ResolutionDecision[],
  known: ReadonlyMap<string, KnownDocument | KnownEvent>,
): ArticleFile {
  const withDetails = {
    ...file,
    entities: file.entities.map((entity) => {
      const adopted = known.get(entity.id);
      return adopted ? withoutKnownDetails(entity, adopted) : entity;
    }),
  };
  return renameEntities(annotated(withDetails, decisions), new Map(decisions.map((d) => [d.from, d.to])));
}

// The known entity's details (its type, its date) stay as the graph has them: the later
// article's vaguer reading ("statement" for "joint statement") does not overwrite them.
function withoutKnownDetails(entity: ArticleEntity, known: KnownDocument | KnownEvent): ArticleEntity {
  const copy = { ...entity };
  if ('documentType' in known && known.documentType) copy.documentType = known.documentType;
  if ('eventType' in known && known.eventType) copy.eventType = known.eventType;
  if ('status' in known && known.status) copy.status = known.status as ArticleEntity['status'];
  if (known.date) delete copy.date;
  return copy;
}

// Each decision is written on the mentions of the entity it renames, for Neo4j Browser users
// asking why two articles' words point at one node.
function annotated(file: ArticleFile, decisions: readonly ResolutionDecision[]): ArticleFile {
  const byId = new Map(decisions.map((d) => [d.from, d]));
  return {
    ...file,
    entities: file.entities.map((entity) => {
      const decision = byId.get(entity.id);
      if (!decision) return entity;
      const note = `resolved: ${decision.reason} (score ${decision.score})`;
      return {
        ...entity,
        mentions: entity.mentions.map((m) => ({ ...m, reason: m.reason ? `${m.reason}; ${note}` : note })),
      };
    }),
  };
}

// "The Syrian war" and "the conflict in Syria" in one article are one concept.
function consolidateTerms(file: ArticleFile): Map<string, { id: string; reason: string }> {
  const renames = new Map<string, { id: string; reason: string }>();
  const firstByKey = new Map<string, { id: string; name: string }>();
  for (const concept of termsOf(file)) {
    const key = `${concept.kind} ${termKey(concept.name)}`;
    const first = firstByKey.get(key);
    if (!first) firstByKey.set(key, concept);
    else
      renames.set(concept.id, {
        id: first.id,
        reason: `"${concept.name}" and "${first.name}" name the same concept (${key})`,
      });
  }
  return renames;
}

// A country names too many attacks to tell one; a person or a city does.
function peopleAndCities(file: ArticleFile): string[] {
  return file.entities.filter((e) => e.kind === 'Person' || e.kind === 'Place').map((e) => e.id);
}

/** Who an event is known by: who took part in it or held it; for an attack, its place too. */
function identifyingActors(event: KnownEvent): string[] {
  const places = knownByPlace(event.eventType) ? event.places : [];
  return [...event.participants, ...event.organizers, ...places];
}

// The days the article's events may fall on, together: the candidates are looked for within them.
function daysOf(events: readonly KnownEvent[], publishedOn: string): DateRange | undefined {
  const ranges = events.flatMap((event) => comparedDays(event, publishedOn) ?? []);
  if (ranges.length === 0) return undefined;
  return {
    from: ranges.map((r) => r.from).sort()[0]!,
    to: ranges
      .map((r) => r.to)
      .sort()
      .at(-1)!,
  };
}

function idsOf(renames: ReadonlyMap<string, { id: string }>): Map<string, string> {
  return new Map([...renames].map(([from, { id }]) => [from, id]));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
