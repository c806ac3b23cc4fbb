import { overlap, whenOf } from './date-range';
import { overlapOf, round, type Match } from './decision';
import type { KnownDocument } from './known-entities';

/**
 * Whether an article's document is a known one: the same kind of document ("joint statement"
 * and "statement" share their head noun), issued by the same actors (one side's issuers all
 * among the other's), at a compatible date (an undated one: in the days before the article).
 */
export function sameDocument(own: KnownDocument, known: KnownDocument, publishedOn: string): Match | undefined {
  if (own.id === known.id || own.issuers.length === 0) return undefined;
  const kinds = sameKind(own, known);
  if (!kinds) return undefined;
  const { shared, jaccard } = overlapOf(own.issuers, known.issuers);
  if (shared.length === 0 || shared.length < Math.min(own.issuers.length, known.issuers.length)) return undefined;
  const ownWhen = whenOf({ ...own, firstReported: publishedOn });
  const knownWhen = whenOf(known);
  if (!ownWhen || !knownWhen || !overlap(ownWhen, knownWhen)) return undefined;
  const sameType = kinds[0].toLowerCase() === kinds[1].toLowerCase();
  const score = 0.55 * jaccard + 0.25 * (sameType ? 1 : 0.8) + 0.2 * (own.date && known.date ? 1 : 0.6);
  return {
    id: known.id,
    score: round(score),
    reason:
      `the same ${known.documentType} as ${known.id}: issued by ${shared.join(', ')}, ` +
      `${known.date ? `dated ${known.date}` : `first reported ${known.firstReported}`}${own.date ? ` (this article: ${own.date})` : ` (this article of ${publishedOn} gives no date)`}`,
  };
}

/**
 * A document an article names without saying who issued it ("the joint statement", in a briefing
 * that names Trump and Kim elsewhere): a known one of the same kind, in the days before the
 * article, every issuer of which the article names. Less sure than a match on issuers.
 */
export function documentByNamedIssuers(
  own: KnownDocument,
  known: KnownDocument,
  namedActors: ReadonlySet<string>,
  publishedOn: string,
): Match | undefined {
  if (own.id === known.id || own.issuers.length > 0 || known.issuers.length === 0) return undefined;
  const kinds = sameKind(own, known);
  if (!kinds) return undefined;
  const named = known.issuers.filter((issuer) => namedActors.has(issuer));
  if (named.length === 0) return undefined;
  const ownWhen = whenOf({ ...own, firstReported: publishedOn });
  const knownWhen = whenOf(known);
  if (!ownWhen || !knownWhen || !overlap(ownWhen, knownWhen)) return undefined;
  const sameType = kinds[0].toLowerCase() === kinds[1].toLowerCase();
  const when = known.date ? `dated ${known.date}` : `first reported ${known.firstReported}`;
  // Some issuers unnamed: only a doubt (the score says so), for an admin to settle.
  if (named.length < known.issuers.length) {
    return {
      id: known.id,
      score: 0.3,
      reason: `the ${own.documentType} this article names without its issuers may be ${known.id}: issued by ${known.issuers.join(', ')}, of whom the article names ${named.join(', ')}, ${when}`,
    };
  }
  return {
    id: known.id,
    score: sameType ? 0.6 : 0.55,
    reason: `the ${own.documentType} this article names without its issuers is ${known.id}: issued by ${known.issuers.join(', ')}, all named in this article, ${when}`,
  };
}

/**
 * A document two articles name without its issuers ("the communiqué", "the conclusions"), each
 * beside the same summit or meeting: the same kind, compatible dates, the same occasion. Less
 * sure than issuers: each side may name other documents of that occasion, and then the tie is a
 * doubt.
 */
export function documentByOccasion(own: KnownDocument, known: KnownDocument, publishedOn: string): Match | undefined {
  if (own.id === known.id || own.issuers.length > 0 || known.issuers.length > 0) return undefined;
  if (!sameKind(own, known)) return undefined;
  const shared = (own.occasions ?? []).filter((id) => known.occasions?.includes(id));
  if (shared.length === 0) return undefined;
  const ownWhen = whenOf({ ...own, firstReported: publishedOn });
  const knownWhen = whenOf(known);
  if (!ownWhen || !knownWhen || !overlap(ownWhen, knownWhen)) return undefined;
  return {
    id: known.id,
    score: 0.55,
    reason: `the ${own.documentType} this article names without its issuers, beside ${shared.join(', ')}, is ${known.id}, named without issuers beside it too, ${known.date ? `dated ${known.date}` : `first reported ${known.firstReported}`}`,
  };
}

/** Below this, a match is a doubt to record, never a merge. */
export const DOUBT_BELOW = 0.5;

/**
 * The same kind of document: the same head noun, or one side known only as "the document" (an
 * article that calls the joint statement "the agreement" or "the document" said no more) and the
 * other a statement of that kind.
 */
export function compatibleKinds(one: string, other: string): boolean {
  const [a, b] = [headNoun(one), headNoun(other)];
  return a === b || (a === 'document' && OCCASION_TEXTS.has(b)) || (b === 'document' && OCCASION_TEXTS.has(a));
}

// What "the document" of a summit may be: its statement, not a contract or memorandum signed
// there, which an article calls by their own names.
const OCCASION_TEXTS: ReadonlySet<string> = new Set([
  'statement',
  'communique',
  'declaration',
  'conclusions',
  'agreement',
  'text',
]);

/** "joint statement" → "statement"; "communiqué" → "communique". */
export function headNoun(type: string): string {
  const last = type.trim().toLowerCase().split(/\s+/).at(-1) ?? '';
  return last.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The two documents' types when they can be one by their kind: both typed, of compatible kinds,
 * and, for a recording, of one day (one speaker releases many recordings).
 */
function sameKind(own: KnownDocument, known: KnownDocument): [string, string] | undefined {
  const [ownType, knownType] = [own.documentType, known.documentType];
  if (!ownType || !knownType || !compatibleKinds(ownType, knownType)) return undefined;
  const recording = RECORDINGS.has(ownType.toLowerCase()) || RECORDINGS.has(knownType.toLowerCase());
  if (recording && (own.date === undefined || own.date !== known.date)) return undefined;
  return [ownType, knownType];
}

// Recordings an article reports (find-media-documents.ts).
const RECORDINGS: ReadonlySet<string> = new Set([
  'audio message',
  'voice message',
  'video message',
  'audio recording',
  'video',
]);
