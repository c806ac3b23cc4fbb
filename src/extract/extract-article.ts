import {
  datePrecision,
  type ArticleClaim,
  type ArticleEntity,
  type ArticleFile,
  type ArticleQuote,
} from '../vocabulary/article-file-schema';
import { articleIdentity, identitySuffix } from '../vocabulary/article-identity';
import { entityId, slugify } from '../vocabulary/normalize-id';
import { segmentSentences, sentencesOverlapping, type SentenceSpan } from '../vocabulary/segment-sentences';
import { DEFAULT_EXTRACTION_BUDGET_MS, ExtractionDeadline } from './extraction-deadline';
import { findAffiliations } from './find-affiliations';
import { findConcepts } from './find-concepts';
import { analyzeText, type TextAnalysis } from './analyze-text';
import type { FoundDate } from './find-dates';
import { LIVE_TIME, NUMBER_WORDS } from './calendar-words';
import { findDatelinePlace } from './find-dateline-place';
import { findDocuments, isOccasionText } from './find-documents';
import { findDocumentTerms, quotedTerms } from './find-document-terms';
import { findMinistryReferences } from './find-ministry-references';
import { findEvents, NOT_YET } from './find-events';
import { findGazetteerMentions } from './find-gazetteer-mentions';
import { findCoordinatedNames } from './find-coordinated-names';
import { findEventNouns } from './find-event-nouns';
import { findEventVerbs } from './find-event-verbs';
import { findAnswerPronouns } from './find-answer-pronouns';
import { findIncidents } from './find-incidents';
import { findInnerNames } from './find-inner-names';
import { findNamedStorms } from './find-named-storms';
import { findOwnOccasions } from './find-own-occasions';
import { findSigners } from './find-signers';
import { rolesInBodies } from './roles-in-bodies';
import { findOccasions } from './find-occasions';
import { findOrganizations } from './find-organizations';
import { findPeople } from './find-people';
import { findPlaces } from './find-places';
import { findQuotes, type FoundQuote } from './find-quotes';
import { findReportedSpeech, type ReportedSpeech } from './find-reported-speech';
import { findRelations, UTTERANCE_EVENTS, type FoundRelation } from './find-relations';
import { isTownName, type GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import { overlaps, shortHash, within, type Mention } from './mention';
import { SpanIndex } from './span-index';

/** An article as read from a file or a JSONL line: its text and what is known about it. */
export interface ArticleInput {
  text: string;
  publishedOn: string;
  title?: string;
  url?: string;
  sourceName?: string;
  language?: string;
  /** Where it came from, for messages and as the source when no outlet is named. */
  origin: string;
}

const ACTOR_KINDS = new Set(['Person', 'Country', 'Organization']);
// A pronoun that refers to a person (find-answer-pronouns.ts) is no other name of theirs.
const PRONOUN = /^(?:He|She)$/u;

export interface ExtractOptions {
  /** How long the article may take, in milliseconds (DEFAULT_EXTRACTION_BUDGET_MS). */
  budgetMs?: number;
  /** The clock the budget is measured with; performance.now unless given. */
  now?: () => number;
  /** The text's analysis when it was made beforehand (on a worker thread); made here otherwise. */
  analysis?: TextAnalysis;
}

/**
 * Reads an article's entities, titles, quotes, dates and relations with rules, a gazetteer and
 * an NLP tagger, and writes them down as an article file (docs/article-file.md) with a
 * confidence on every fact and the reason for every mention: the same validation and the same
 * writer then apply as to a curated file. Runs offline.
 */
export function extractArticle(
  input: ArticleInput,
  gazetteer: readonly GazetteerEntry[],
  options: ExtractOptions = {},
): ArticleFile {
  // Text analysed on another thread has already spent part of the article's budget.
  const deadline = new ExtractionDeadline(
    input.origin,
    options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS,
    options.now,
    options.analysis?.elapsedMs,
  );
  const { text, publishedOn } = input;
  const title = input.title ?? text.split('\n', 1)[0]!.trim();
  const articleId = articleIdFor(input, title);
  const localSuffix = shortHash(articleId);
  const sentences = segmentSentences(text);
  const analysis = options.analysis ?? analyzeText(text, publishedOn, options.now);
  deadline.check('tagging parts of speech and finding dates');

  const outlet = outletEntry(input.sourceName, gazetteer);
  const dateline = findDatelinePlace(text, gazetteer);
  const gazetteerMentions = [
    ...findGazetteerMentions(text, gazetteer, outlet, analysis.verbTerms),
    ...(dateline ? [dateline] : []),
  ].sort((a, b) => a.start - b.start);
  const people = findPeople(text, sentences, gazetteerMentions, gazetteer, {
    publishedOn,
    personTerms: analysis.personTerms,
    pluralTerms: analysis.pluralTerms,
    otherNames: gazetteerIndex(gazetteer).otherNameKeys,
  });
  deadline.check('finding people');
  const namedFirst = [...gazetteerMentions.filter((m) => !people.superseded.has(m)), ...people.mentions];
  const bodiesOfPeople = findAffiliations(text, namedFirst, analysis.placeTerms);
  const named = [...namedFirst, ...bodiesOfPeople, ...findAnswerPronouns(text, sentences, namedFirst)];
  const places = findPlaces(text, named, analysis.placeTerms, gazetteer);
  const organizations = [
    ...findOrganizations(text, named),
    ...findMinistryReferences(text, named, people.roles, gazetteer),
  ];
  const documents = findDocuments(text, localSuffix, named);
  const coordinated = findCoordinatedNames(text, [...named, ...places, ...organizations]);
  const withDocuments = preferKnown([...named, ...places, ...organizations, ...coordinated, ...documents.mentions]);
  deadline.check('finding places, organizations and documents');
  const events = findEvents(text, sentences, localSuffix, publishedOn.slice(0, 4), withDocuments, dateline);
  const concepts = findConcepts(text, withDocuments);
  const incidents = findIncidents(text, sentences, withDocuments, publishedOn.slice(0, 4), localSuffix);
  // Named storms are incidents too: what the other finders see as already named.
  const happenings = [...incidents.mentions, ...findNamedStorms(text, publishedOn.slice(0, 4))];
  const occasions = findOccasions(
    text,
    localSuffix,
    [...withDocuments, ...events.mentions, ...happenings],
    analysis.dates,
  );
  const eventVerbs = findEventVerbs(
    text,
    sentences,
    localSuffix,
    [...withDocuments, ...events.mentions, ...happenings, ...occasions],
    analysis.dates,
  );
  const eventNouns = findEventNouns(
    text,
    localSuffix,
    [...withDocuments, ...events.mentions, ...happenings, ...occasions, ...eventVerbs.mentions],
    analysis.dates,
  );
  const mentions = preferKnown([
    ...withDocuments,
    ...events.mentions,
    ...happenings,
    ...occasions,
    ...eventVerbs.mentions,
    ...eventNouns.mentions,
    ...concepts,
  ]);
  deadline.check('finding events and concepts');

  const documentTerms = findDocumentTerms(text, sentences, mentions);
  const quotes = quotedTerms(findQuotes(text, sentences, mentions, documents.tweets), documentTerms.terms);
  deadline.check('finding quotes');
  const { dates } = analysis;
  const relations = findRelations(
    text,
    sentences,
    mentions,
    rolesInBodies(people.roles, [...organizations, ...bodiesOfPeople]),
    events,
    documents.tweets,
    quotes,
    [
      ...incidents.facts,
      ...eventVerbs.facts,
      ...eventNouns.facts,
      ...documentTerms.facts,
      ...findSigners(text, sentences, mentions),
      ...findOwnOccasions(text, sentences, mentions),
    ],
    dateline,
    publishedOn,
  );
  deadline.check('finding relations');

  const inner = findInnerNames(text, mentions, gazetteer);
  const entities = datedByGathering(
    entitiesFrom(
      preferKnown([...mentions, ...inner]),
      dates,
      sentences,
      documents.tweets,
      publishedOn,
      text,
      localSuffix,
    ),
    relations,
    localSuffix,
  );
  const reported = findReportedSpeech(text, sentences, mentions);
  const { claims, quoteEntries } = claimsAndQuotes(text, sentences, quotes, reported, mentions);
  deadline.check('writing down entities, claims and quotes');
  return {
    article: {
      id: articleId,
      title,
      textFile: input.origin,
      publishedOn,
      language: input.language ?? 'en',
      source: { name: input.sourceName ?? UNKNOWN_SOURCE, url: null },
      url: input.url ?? null,
      ...(outlet && mentions.some((m) => m.key === outlet.id) ? { publisher: outlet.id } : {}),
      extracted: true,
    },
    entities,
    relationships: relations.map((relation) => ({
      type: relation.type,
      from: relation.from,
      to: relation.to,
      ...(relation.title ? { title: relation.title } : {}),
      ...(relation.role ? { role: relation.role } : {}),
      evidence: { start: relation.start, end: relation.end, text: relation.text },
      confidence: relation.confidence,
    })),
    claims: withIssuers(claims, relations),
    quotes: quoteEntries,
  };
}

/**
 * The article's own text that gives no date of its own came out of a gathering of a known day
 * ("The summit ended with a document of common agreed conclusions"): it is of that day, inferred,
 * with the words that tie them as evidence.
 */
function datedByGathering(
  entities: ArticleEntity[],
  relations: readonly FoundRelation[],
  localSuffix: string,
): ArticleEntity[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return entities.map((entity) => {
    if (entity.kind !== 'Document' || entity.date || !entity.id.endsWith(`-${localSuffix}`)) return entity;
    const origins = relations
      .filter((r) => r.type === 'RESULTED_IN' && r.to === entity.id)
      .flatMap((relation) => {
        const gathering = byId.get(relation.from);
        const day = gathering?.date?.value;
        return gathering && day && datePrecision(day) === 'DAY' ? [{ relation, gathering, day }] : [];
      });
    if (new Set(origins.map((origin) => origin.day)).size !== 1) return entity;
    const { relation, gathering, day } = origins[0]!;
    return {
      ...entity,
      date: {
        value: day,
        inferred: true,
        basis: `No date in its words; it came out of ${gathering.name}, of ${day}`,
        evidence: spanOf(relation),
      },
    };
  });
}

/**
 * A claim a document states ("the statement reads: …") is its issuers' too: one issuer asserts
 * it, several (a joint statement) agree to it, as the article's ISSUED facts name them.
 */
function withIssuers(
  claims: readonly ArticleClaim[],
  relations: readonly { type: string; from: string; to: string }[],
): ArticleClaim[] {
  return claims.map((claim) => {
    if (!claim.statedIn || claim.assertedBy.length > 0 || claim.agreedBy.length > 0) return claim;
    const issuers = [
      ...new Set(relations.filter((r) => r.type === 'ISSUED' && r.to === claim.statedIn).map((r) => r.from)),
    ];
    if (issuers.length === 0) return claim;
    return issuers.length === 1 ? { ...claim, assertedBy: issuers } : { ...claim, agreedBy: issuers };
  });
}

/**
 * The outlet the article comes from, as a gazetteer entry: its name in a dateline or a credit
 * line ("(Meridian Wire)", "translated by Eastgate News Service") is the publisher.
 */
function outletEntry(sourceName: string | undefined, gazetteer: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  if (!sourceName) return undefined;
  const known = gazetteerIndex(gazetteer).organizationByName.get(sourceName);
  if (known) return known;
  const name = sourceName.replace(/^The\s+/, '');
  return {
    id: entityId('Organization', name),
    kind: 'Organization',
    name,
    aliases: name === sourceName ? [] : [sourceName],
    demonyms: [],
    organizationType: 'news media',
    origin: 'base',
  };
}

/** The outlet an article file names when the input names none. */
const UNKNOWN_SOURCE = 'Unknown source';

/**
 * The article's id: the outlet, date and headline for a reader, then a suffix from what
 * identifies the article (its URL, or its content: article-identity.ts), so that two different
 * articles with the same headline on the same day never share an id and re-reading an article
 * gives it again. The writer files an edited article (same URL) under the id it already has.
 */
function articleIdFor(input: ArticleInput, title: string): string {
  const words = slugify(title).split('-').slice(0, 8).join('-');
  const readable = slugify(`${input.sourceName ?? 'article'} ${input.publishedOn} ${words}`) || 'article';
  const identity = articleIdentity({
    url: input.url,
    sourceName: input.sourceName ?? UNKNOWN_SOURCE,
    publishedOn: input.publishedOn,
    text: input.text,
  });
  return `${readable}-${identitySuffix(identity)}`;
}

/**
 * One mention per span: where two rules claim the same words, the one that matched a known
 * entity (the graph's or the base gazetteer's) wins over a pattern; among patterns, the more
 * confident. Different spans that overlap are both kept ("Russian" in "Russian news agencies").
 */
function preferKnown(mentions: readonly Mention[]): Mention[] {
  const bySpan = new Map<string, Mention>();
  for (const mention of mentions) {
    const span = `${mention.start}:${mention.end}`;
    const existing = bySpan.get(span);
    const score = (m: Mention) => (m.entry?.origin === 'graph' ? 2 : m.entry ? 1 : 0) + m.confidence;
    if (!existing || score(mention) > score(existing)) bySpan.set(span, mention);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

function entitiesFrom(
  mentions: readonly Mention[],
  dates: readonly FoundDate[],
  sentences: ReturnType<typeof segmentSentences>,
  tweets: ReturnType<typeof findDocuments>['tweets'],
  publishedOn: string,
  text: string,
  localSuffix: string,
): ArticleEntity[] {
  const byKey = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const group = byKey.get(mention.key);
    if (group) group.push(mention);
    else byKey.set(mention.key, [mention]);
  }
  const dateIndex = new SpanIndex(dates);
  const mentionIndex = new SpanIndex(mentions);
  // The article's war, when it tells of one only: dated by the day the fighting began.
  const wars = new Set(
    mentions.filter((m) => m.kind === 'Event' && WARS.has(m.details?.eventType ?? '')).map((m) => m.key),
  );
  const onlyWar = wars.size === 1 ? [...wars][0] : undefined;
  return [...byKey.entries()].map(([id, group]) => {
    const first = group[0]!;
    const entry = group.find((m) => m.entry?.id === id)?.entry;
    const name = entry?.name ?? longestName(group);
    const details = Object.assign({}, ...group.map((m) => m.details ?? {})) as NonNullable<Mention['details']>;
    // "Donetsk" of "the Donetsk and Luhansk regions" is no other name of the Donetsk region: it is the town's.
    const townsName = (words: string) => details.placeType === 'region' && isTownName(words);
    const aliases = [
      ...new Set(
        group
          .map((m) => m.text)
          .filter(
            (words) =>
              words !== name &&
              /^\p{Lu}/u.test(words) &&
              !/^The\s/.test(words) &&
              !PRONOUN.test(words) &&
              !townsName(words),
          ),
      ),
    ];
    const entity: ArticleEntity = {
      id,
      kind: first.kind,
      name,
      aliases,
      mentions: group.map(({ start, end, text, confidence, reason }) => ({ start, end, text, confidence, reason })),
      ...details,
    };
    const tweet = tweets.find((t) => t.key === id);
    if (tweet) {
      entity.content = tweet.content;
      const date = dates.find((d) => within(d, tweet.date));
      if (date) entity.date = { value: date.value, inferred: false, evidence: spanOf(date) };
    } else if (first.kind === 'Event') {
      entity.date =
        eventDateOrYear(eventDate(text, group, dateIndex, sentences, mentionIndex), group) ??
        recentEventDate(group, publishedOn, text, sentences, dateIndex) ??
        (UTTERANCE_EVENTS.has(details.eventType ?? '')
          ? spokenOnStoryDay(text, group, sentences, dateIndex, publishedOn, mentionIndex)
          : undefined) ??
        (WARS.has(details.eventType ?? '') && onlyWar === id ? fightingBegan(text, dates) : undefined);
    } else if (first.kind === 'Document') {
      // Only the article's own documents (its statement, memorandum, readout) are news of its day;
      // a named one ("the Minsk agreements") may be years old.
      // ("document:video-<suffix>-1" is one of its media).
      const own = id.endsWith(`-${localSuffix}`) || id.includes(`-${localSuffix}-`);
      const date =
        documentDate(text, group, dateIndex) ??
        (own ? justIssuedDate(group, publishedOn, text, sentences) : undefined) ??
        (isOccasionText(first) ? issuedOnStoryDay(text, group, sentences, dateIndex, publishedOn) : undefined);
      if (date) entity.date = date;
    }
    return entity;
  });
}

function longestName(group: readonly Mention[]): string {
  return [...group].sort((a, b) => b.name.length - a.name.length)[0]!.name;
}

/**
 * An event's date: the nearest date, in the first sentence that names it and gives one in its
 * clause, that no
 * other event of the sentence stands nearer to ("will expel 23 diplomats after the attack on
 * March 4": March 4 is the attack's). A mention that only refers back ("the attack") or that a
 * preposition makes a reference to an earlier event ("after the summit", "in response to the
 * attack") takes only a date of its own phrase ("the attack on him on March 4", "the March 4
 * attack"): the sentence's other dates are about something else.
 */
function eventDate(
  text: string,
  group: readonly Mention[],
  dates: SpanIndex<FoundDate>,
  sentences: ReturnType<typeof segmentSentences>,
  mentions: SpanIndex<Mention>,
): ArticleEntity['date'] {
  const distance = (d: FoundDate, m: Mention) => (d.start >= m.end ? d.start - m.end : m.start - d.end);
  const ownPhrase = (m: Mention, d: FoundDate) => {
    if (d.end <= m.start) return m.start - d.end <= 3;
    const between = { start: m.end, end: d.start };
    return (
      d.start - m.end <= 60 &&
      !/[,;:.!?–—]/u.test(text.slice(between.start, between.end)) &&
      !mentions.within(between).some((other) => ['Organization', 'Event', 'Document'].includes(other.kind))
    );
  };
  const canOwn = (m: Mention, d: FoundDate) => (!isBareReference(m) && !isSubordinate(text, m)) || ownPhrase(m, d);
  for (const mention of group) {
    const [sentence] = sentencesOverlapping(sentences, mention.start, mention.end);
    if (!sentence) continue;
    const events = mentions.within(sentence).filter((m) => m.kind === 'Event');
    const owned = dates.within(sentence).filter((d) => {
      // "the first since 1975": only a lasting thing ("the war … since 2014") starts on a "since" date.
      if (d.since && !LASTING.has(mention.details?.eventType ?? '')) return false;
      // A semicolon joins two clauses: a date in one does not date the other's event.
      if (text.slice(Math.min(d.end, mention.end), Math.max(d.start, mention.start)).includes(';')) return false;
      const owner = events.filter((m) => canOwn(m, d)).sort((a, b) => distance(d, a) - distance(d, b))[0];
      // "met … at the G20 summit in Hamburg in July": July is the summit's, and so the meeting's.
      return owner?.key === mention.key || (owner !== undefined && canOwn(mention, d) && heldAt(text, mention, owner));
    });
    const date = owned.sort((a, b) => distance(a, mention) - distance(b, mention))[0];
    if (date) {
      return { value: date.value, inferred: date.inferred, basis: date.basis, evidence: spanOf(date) };
    }
  }
  return undefined;
}

// "met at the summit", "talks on the sidelines of the summit": an event held at another.
const AT_EVENT = /\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d’'-]+\s+){0,4}$/iu;

/** Whether `event` is held at `other`, by the words between them, in one clause. */
function heldAt(text: string, event: Mention, other: Mention): boolean {
  if (other.start < event.end) return false;
  const between = text.slice(event.end, other.start);
  return between.length <= 80 && !/[.;:!?]/u.test(between) && AT_EVENT.test(between);
}

/** "the attack", "the summit": words that name the event only by referring back to it. */
function isBareReference(mention: Mention): boolean {
  return mention.refersBack === true;
}

// "after the summit", "in response to the nerve agent attack": an earlier event, referred to.
const SUBORDINATING =
  /\b(?:after|before|following|since|over|amid|in\s+response\s+to|ahead\s+of)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

function isSubordinate(text: string, mention: Mention): boolean {
  return SUBORDINATING.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

// How far a document's date may stand from its name: "signed a joint statement on Tuesday",
// "the Panmunjom Declaration that Kim signed with President Moon on April 27".
const DOCUMENT_DATE_BEFORE = 30;
const DOCUMENT_DATE_AFTER = 80;
// A date the document ends on is not its own: "the contract expires on 31 December".
const ENDS = /\b(?:expires?|expiring|ends?|ending|runs?\s+out|until|till|valid|lapses?)\b/iu;
// Nor a date something it provides for starts on or is due by: "a ceasefire from 00:00 on 15
// February", "elections by 31 December". The word may open the date's own words.
const STARTS_OR_DUE_WORD = String.raw`(?:from|starting|as\s+of|effective|no\s+later\s+than|by)`;
const STARTS_OR_DUE = new RegExp(
  String.raw`(?<![\p{L}])${STARTS_OR_DUE_WORD}\s+(?:\d{1,2}[:.]\d{2}\s+(?:on\s+)?)?$`,
  'iu',
);
const OPENS_STARTS_OR_DUE = new RegExp(String.raw`^${STARTS_OR_DUE_WORD}\s`, 'iu');

/**
 * A document's date: a date in the same clause as its name, close to it (a sentence often
 * dates other things too, so a document is dated only by words that stand beside it).
 */
function documentDate(text: string, group: readonly Mention[], dates: SpanIndex<FoundDate>): ArticleEntity['date'] {
  for (const mention of group) {
    const window = {
      start: Math.max(0, mention.start - DOCUMENT_DATE_BEFORE),
      end: mention.end + DOCUMENT_DATE_AFTER,
    };
    const between = (d: FoundDate) =>
      d.start >= mention.end ? text.slice(mention.end, d.start) : text.slice(d.end, mention.start);
    const date = dates
      .within(window)
      .filter(
        (d) =>
          !/[.;:!?\n–—]|\s-\s/u.test(between(d)) &&
          !ENDS.test(between(d)) &&
          !d.since &&
          !STARTS_OR_DUE.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
          !OPENS_STARTS_OR_DUE.test(d.text) &&
          !overlaps(d, mention),
      )
      .sort((a, b) => between(a).length - between(b).length)[0];
    if (date) return { value: date.value, inferred: date.inferred, basis: date.basis, evidence: spanOf(date) };
  }
  return undefined;
}

/**
 * A summit or meeting the article gives no date for is news of the one recent day a sentence
 * telling of it names, or else of the day the article's opening sentence reports, or else of the
 * month it is published in (at month precision); inferred, with its evidence.
 */
// A live blog's entry opens on its time ("14:55 Macron greeted him …").
const LIVE_ENTRY = new RegExp(`^${LIVE_TIME}\\s`, 'u');
const OCCASION_TYPES: ReadonlySet<string> = new Set([
  'summit',
  'meeting',
  'plenary session',
  'talks',
  'call',
  'press conference',
  'press briefing',
]);

// Events that last longer than a day, which no "now" dates.
const LASTING: ReadonlySet<string> = new Set([
  'war',
  'blockade',
  'offensive',
  'invasion',
  'annexation',
  'revolution',
  'uprising',
  'ceasefire',
  'deployment',
  'talks',
]);
// A clause told as just done or under way: the present perfect, or "now".
const JUST_DONE =
  /\b(?:has|have)\s+(?:just\s+|now\s+)?(?:\p{Ll}+ed|been|made|held|taken|brought|broken|begun|sworn|struck|met|won|lost|told|said|written|put|hit|shot|left|sent|spoken|given)\b|\b(?:is|are)\s+(?:now\s+)?\p{Ll}+ing\b|\bjust\b/u;
// Words that stretch a clause over more than a day: "since February", "over the past year".
const SPAN_OF_TIME = /\b(?:since|over\s+the\s+(?:past|last)|for\s+(?:years|months|weeks|decades)|recent|ever)\b/iu;

/**
 * The year an incident's own words give ("the 2018 poisoning") dates it when its sentence gives
 * no date, or one of another year (that date is something else's).
 */
function eventDateOrYear(found: ArticleEntity['date'], group: readonly Mention[]): ArticleEntity['date'] {
  const stated = group.find((m) => m.statedYear)?.statedYear;
  if (!stated || found?.value.startsWith(stated.text)) return found;
  // "in December", whose year the words leave to the reader: December of the stated year.
  if (found?.inferred && found.value.length === 7 && found.evidence && !/\b(?:19|20)\d\d\b/u.test(found.evidence.text))
    return {
      ...found,
      value: `${stated.text}${found.value.slice(4)}`,
      basis: `“${found.evidence.text}” in the year its words give (${stated.text})`,
    };
  return { value: stated.text, inferred: false, evidence: stated };
}

function recentEventDate(
  group: readonly Mention[],
  publishedOn: string,
  text: string,
  sentences: readonly SentenceSpan[],
  dates: SpanIndex<FoundDate>,
): ArticleEntity['date'] {
  const { first, sentence, live } = firstTelling(group, text, sentences);
  const type = first.details?.eventType ?? '';
  const ofADay = !LASTING.has(type) && !NOT_YET.test(sentence) && !SPAN_OF_TIME.test(sentence);
  // "14:55 … the two are now holding a one-on-one meeting", "02:30 … protesters have forced their
  // way into the government building": a live blog's entry is of its own day.
  if ((OCCASION_TYPES.has(type) || ofADay) && live)
    return articleDay(publishedOn, first, `No date in its words; reported in a live blog's entry of ${publishedOn}`);
  // "Pashinyan has signed a statement", "the two are now meeting": told as just done, it is news of the day.
  if (ofADay && JUST_DONE.test(sentence))
    return articleDay(publishedOn, first, `No date in its words; told as just done in an article of ${publishedOn}`);
  // "said on Sunday it was expelling 20 employees, a day after Prague ordered 18 Russian diplomats
  // to leave": an act of a day told as so many days from the one day its sentence names.
  if (ofADay)
    for (const mention of group) {
      const told = sentences.find((s) => s.start <= mention.start && mention.start < s.end);
      const days = told ? dates.within(told).filter((d) => d.precision === 'DAY' && d.end <= mention.start) : [];
      if (days.length === 0 || days.some((d) => d.value !== days[0]!.value)) continue;
      const apart = daysApart(text, told!, mention, days[0]!);
      if (apart) return apart;
    }
  if (!['summit', 'meeting'].includes(type)) return undefined;
  // "agreed on Monday …, after their first talks at a summit": a summit or meeting told in a
  // sentence of one recent day took place that day.
  for (const mention of group) {
    const told = sentences.find((s) => s.start <= mention.start && mention.start < s.end);
    // A day after the article's is one to come ("a ceasefire that is to begin on Sunday").
    const days = told ? dates.within(told).filter((d) => d.precision === 'DAY' && d.value <= publishedOn) : [];
    if (days.length === 0) continue;
    const [day] = days;
    if (days.some((d) => d.value !== day!.value) || !isRecent(day!.value, publishedOn) || NOT_YET.test(told!.text))
      break;
    // "on Monday, two days before a summit": the summit is two days after that Monday.
    const apart = daysApart(text, told!, mention, day!);
    if (apart) return apart;
    return {
      value: day!.value,
      inferred: true,
      basis: `No date of its own; told in a sentence of “${day!.text}” (${day!.value})`,
      evidence: spanOf(day!),
    };
  }
  // "SEOUL, June 12 – South Korea's presidential office on Tuesday welcomed …": the day the
  // article's opening sentence reports is the day of its news.
  const lead = storyDay(text, sentences, dates, publishedOn, group);
  if (lead && !NOT_YET.test(sentence))
    return {
      value: lead.value,
      inferred: true,
      basis: `No date of its own; the day the article's opening sentence reports (“${lead.text}”)`,
      evidence: spanOf(lead),
    };
  return {
    value: publishedOn.slice(0, 7),
    inferred: true,
    basis: `No date in the article; taken as the month of its publication (${publishedOn})`,
    evidence: spanOf(first),
  };
}

/**
 * The one recent day, up to publication, that the first sentence after the headline names; none
 * when that sentence tells of the event itself ("on Monday, two days before a summit"). Days to
 * come do not count.
 */
function storyDay(
  text: string,
  sentences: readonly SentenceSpan[],
  dates: SpanIndex<FoundDate>,
  publishedOn: string,
  group: readonly Mention[],
): FoundDate | undefined {
  const opening = openingSentence(text, sentences);
  if (!opening || NOT_YET.test(opening.text)) return undefined;
  if (group.some((m) => m.start >= opening.start && m.start < opening.end)) return undefined;
  // A day after the article's is one to come ("a ceasefire that is to begin on Sunday").
  const days = dates.within(opening).filter((d) => d.precision === 'DAY' && d.value <= publishedOn);
  const [day] = days;
  if (!day || days.some((d) => d.value !== day.value) || !isRecent(day.value, publishedOn)) return undefined;
  return day;
}

// Issued just now: "he has signed a statement".
const ISSUED_NOW = /\b(?:has|have)\s+(?:just\s+)?(?:signed|issued|published|released|adopted|agreed)\b/u;

/** The article's day for a document it tells of as just issued, when its words give no date. */
function justIssuedDate(
  group: readonly Mention[],
  publishedOn: string,
  text: string,
  sentences: readonly SentenceSpan[],
): ArticleEntity['date'] {
  const { first, sentence, live } = firstTelling(group, text, sentences);
  if (NOT_YET.test(sentence) || SPAN_OF_TIME.test(sentence)) return undefined;
  // "09:05 A video filmed in the courtyard shows Prigozhin …": what a live blog's entry reports
  // came out on its day.
  if (live)
    return articleDay(publishedOn, first, `No date in its words; reported in a live blog's entry of ${publishedOn}`);
  if (!ISSUED_NOW.test(sentence)) return undefined;
  return articleDay(publishedOn, first, `No date in its words; told as just issued in an article of ${publishedOn}`);
}

// A byline or masthead ("By the Lowland Courier foreign desk | Monday 9 December 2019", "Analysis |
// The Calloway Review | Thursday 12 November 2020") opens no story: its day is the paper's.
const MASTHEAD_LINE = /^(?:By\s|[^\n]*\s[|·•]\s)/u;

/** The first sentence after the headline and any byline or masthead. */
function openingSentence(text: string, sentences: readonly SentenceSpan[]): SentenceSpan | undefined {
  const headlineEnd = text.indexOf('\n');
  return sentences.find(
    (s) => s.start > headlineEnd && !MASTHEAD_LINE.test(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.end)),
  );
}

/**
 * An article's own text it gives no date for, when its opening sentence tells of an agreement or
 * a statement on one recent day ("The leaders … agreed on Thursday on a ceasefire …", then "The
 * deal, a 13-point package …"; "Russia's Foreign Ministry said on Sunday …", then "the ministry's
 * statement"): that day, inferred.
 */
function issuedOnStoryDay(
  text: string,
  group: readonly Mention[],
  sentences: readonly SentenceSpan[],
  dates: SpanIndex<FoundDate>,
  publishedOn: string,
): ArticleEntity['date'] {
  const opening = openingSentence(text, sentences);
  const agreed = opening && ISSUED_IN_LEAD.exec(opening.text);
  const storyDate = agreed ? storyDay(text, sentences, dates, publishedOn, group) : undefined;
  if (!opening || !agreed || !storyDate) return undefined;
  // The day is the agreement's only when it stands by the verb: "agreed on Thursday", not "struck
  // Odesa on Saturday, … after Moscow and Kyiv signed agreements".
  const verb = { start: opening.start + agreed.index, end: opening.start + agreed.index + agreed[0].length };
  const day = dates
    .within(opening)
    .find(
      (d) =>
        d.value === storyDate.value &&
        ((d.start >= verb.end && /^\s+(?:on\s+)?$/u.test(text.slice(verb.end, d.start))) ||
          (d.end <= verb.start && /^\s+$/u.test(text.slice(d.end, verb.start)))),
    );
  if (!day) return undefined;
  return {
    value: day.value,
    inferred: true,
    basis: `No date of its own; the day the article's opening sentence says it was agreed or said (“${day.text}”)`,
    evidence: spanOf(day),
  };
}
/**
 * A speech or briefing the article gives no date for, by someone its opening sentence says spoke
 * on one recent day ("Theresa May said on Wednesday that …", then "In a statement to the House
 * of Commons, May said …"): that day, inferred.
 */
function spokenOnStoryDay(
  text: string,
  group: readonly Mention[],
  sentences: readonly SentenceSpan[],
  dates: SpanIndex<FoundDate>,
  publishedOn: string,
  mentions: SpanIndex<Mention>,
): ArticleEntity['date'] {
  const opening = openingSentence(text, sentences);
  const told = sentences.find((s) => s.start <= group[0]!.start && group[0]!.start < s.end);
  if (!opening || !told) return undefined;
  const days = dates.within(opening).filter((d) => d.precision === 'DAY' && d.value <= publishedOn);
  for (const speaker of mentions.within(opening).filter((m) => m.kind === 'Person')) {
    // "May said on Wednesday", "May on Wednesday said".
    const day = days.find(
      (d) =>
        SAID_ON.test(text.slice(speaker.end, d.start)) ||
        (/^\s+$/u.test(text.slice(speaker.end, d.start)) && SAID_AFTER.test(text.slice(d.end, d.end + 12))),
    );
    if (!day || !isRecent(day.value, publishedOn) || !mentions.within(told).some((m) => m.key === speaker.key))
      continue;
    return {
      value: day.value,
      inferred: true,
      basis: `No date of its own; ${speaker.name} spoke on the day the article's opening sentence says (“${day.text}”)`,
      evidence: spanOf(day),
    };
  }
  return undefined;
}
const SAID_ON = /^\s+(?:said|told|announced|declared|stated)\s+(?:on\s+)?$/u;
const SAID_AFTER = /^\s+(?:said|told|announced|declared|stated)\b/u;

const ISSUED_IN_LEAD =
  /\b(?:agreed|signed|reached|struck|sealed|clinched|concluded|endorsed|said|announced|declared|stated)\b/u;

// A war is dated by its first day; "since the fighting began on 27 September" gives it.
const WARS: ReadonlySet<string> = new Set(['war', 'invasion', 'offensive']);
const FIGHTING_BEGAN =
  /(?<![\p{L}])(?:the\s+)?(?:fighting|war|hostilities|offensive|invasion)\s+(?:began|started|broke\s+out|erupted)\s+(?:on\s+|in\s+)?$/iu;

/** The one war of an article dates from the day it says the fighting began. */
function fightingBegan(text: string, dates: readonly FoundDate[]): ArticleEntity['date'] {
  const begun = dates.filter(
    (d) => !d.since && d.precision !== 'YEAR' && FIGHTING_BEGAN.test(text.slice(Math.max(0, d.start - 40), d.start)),
  );
  const [day] = begun;
  if (!day || begun.some((d) => d.value !== day.value)) return undefined;
  return {
    value: day.value,
    inferred: true,
    basis: `The day the article says the fighting began (“${day.text}”)`,
    evidence: spanOf(day),
  };
}

/** An entity's first mention, the sentence it stands in, and whether that is a live blog's entry. */
function firstTelling(
  group: readonly Mention[],
  text: string,
  sentences: readonly SentenceSpan[],
): { first: Mention; sentence: string; live: boolean } {
  const first = group[0]!;
  const sentence = sentences.find((s) => s.start <= first.start && first.start < s.end)?.text ?? '';
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  return { first, sentence, live: LIVE_ENTRY.test(text.slice(lineStart, first.start)) };
}

/** The day of an event told as so many days or weeks before or after a day its sentence names. */
function daysApart(
  text: string,
  told: SentenceSpan,
  mention: Mention,
  day: FoundDate,
): ArticleEntity['date'] | undefined {
  const offset = DAYS_APART.exec(text.slice(Math.max(told.start, mention.start - 60), mention.start));
  if (!offset) return undefined;
  const count = (NUMBER_WORDS[offset[1]!.toLowerCase()] ?? Number(offset[1])) * (/^weeks?$/iu.test(offset[2]!) ? 7 : 1);
  const shifted = new Date(
    Date.parse(day.value) + (offset[3]!.toLowerCase() === 'after' ? -count : count) * 86_400_000,
  );
  return {
    value: shifted.toISOString().slice(0, 10),
    inferred: true,
    basis: `“${day.text}” (${day.value}) was “${offset[0].trim()}” it`,
    evidence: spanOf(day),
  };
}

// "two days before a", "a week after the": how far the day the sentence names is from the event.
const DAYS_APART =
  /(?<![\p{L}\d])(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(before|after|ahead\s+of)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

// How many days before its publication a news article's "on Monday" may reach.
const RECENT_DAYS = 7;

/** Whether a day is within the week before the article's publication (or on its day). */
function isRecent(day: string, publishedOn: string): boolean {
  const days = (Date.parse(publishedOn) - Date.parse(day)) / 86_400_000;
  return days >= 0 && days <= RECENT_DAYS;
}

/** The article's own day, inferred, with the first mention as evidence. */
function articleDay(publishedOn: string, first: Mention, basis: string): ArticleEntity['date'] {
  return { value: publishedOn, inferred: true, basis, evidence: spanOf(first) };
}

function spanOf(span: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  return { start: span.start, end: span.end, text: span.text };
}

/** Each attributed quote states a claim of its speaker's; the quote expresses it. */
function claimsAndQuotes(
  text: string,
  sentences: ReturnType<typeof segmentSentences>,
  quotes: readonly FoundQuote[],
  reported: readonly ReportedSpeech[],
  mentions: readonly Mention[],
): { claims: ArticleClaim[]; quoteEntries: ArticleQuote[] } {
  const kindOf = new Map(mentions.map((m) => [m.key, m.kind]));
  const mentionIndex = new SpanIndex(mentions);
  const used = new Set<string>();
  // The next number to try for each base id, so that a hundred quotes of the same words do not count from 2 each time.
  const nextNumber = new Map<string, number>();
  const uniqueId = (prefix: string, words: string) => {
    const base = `${prefix}${slugify(words.split(/\s+/).slice(0, 6).join(' ')) || 'quote'}`;
    let id = base;
    let n = nextNumber.get(base) ?? 2;
    if (used.has(id)) for (id = `${base}-${n}`; used.has(id); n += 1, id = `${base}-${n}`);
    if (id !== base) nextNumber.set(base, n + 1);
    used.add(id);
    return id;
  };
  const claims: ArticleClaim[] = [];
  const quoteEntries: ArticleQuote[] = quotes.map((quote) => {
    const about = [
      ...new Set(
        mentionIndex
          .within(quote)
          .filter((m) => m.key !== quote.speakerKey)
          .map((m) => m.key),
      ),
    ];
    const id = uniqueId('quote:', quote.text);
    const expresses: string[] = [];
    const speakerKind = quote.speakerKey ? kindOf.get(quote.speakerKey) : undefined;
    if (quote.speakerKey && speakerKind) {
      const claimId = uniqueId('claim:', quote.text);
      // The sentences the quote is in, from the attribution on when it comes first ("Putin said …").
      const from = Math.min(quote.start, quote.attribution?.start ?? quote.start);
      const evidence = sentencesOverlapping(sentences, quote.start, quote.end).map((s) => {
        const start = Math.max(s.start, from);
        return { start, end: s.end, text: text.slice(start, s.end) };
      });
      claims.push({
        id: claimId,
        text: quote.text,
        assertedBy: ACTOR_KINDS.has(speakerKind) ? [quote.speakerKey] : [],
        agreedBy: [],
        statedIn: speakerKind === 'Document' ? quote.speakerKey : null,
        reportedBy: [],
        about,
        evidence,
        confidence: quote.confidence,
      });
      expresses.push(claimId);
    }
    return {
      id,
      speaker: quote.speakerKey,
      text: quote.text,
      start: quote.start,
      end: quote.end,
      ...(quote.attribution && !overlaps(quote.attribution, quote) ? { attribution: quote.attribution } : {}),
      about,
      expresses,
      confidence: quote.confidence,
    };
  });
  // Reported speech states a claim too, with no quote to express it.
  for (const speech of reported) {
    const speakerKind = kindOf.get(speech.speakerKey);
    if (!speakerKind) continue;
    claims.push({
      id: uniqueId('claim:', speech.text),
      text: speech.text,
      assertedBy: ACTOR_KINDS.has(speakerKind) ? [speech.speakerKey] : [],
      agreedBy: [],
      statedIn: speakerKind === 'Document' ? speech.speakerKey : null,
      reportedBy: [],
      about: [
        ...new Set(
          mentionIndex
            .within(speech)
            .filter((m) => m.key !== speech.speakerKey)
            .map((m) => m.key),
        ),
      ],
      evidence: [{ ...speech.evidence, text: text.slice(speech.evidence.start, speech.evidence.end) }],
      confidence: speech.confidence,
    });
  }
  return { claims, quoteEntries };
}
