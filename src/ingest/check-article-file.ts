import type { ArticleEntity, ArticleFile, Span } from '../vocabulary/article-file-schema';
import type { ArticleFileIssue } from '../vocabulary/article-file-error';
import { kindPrefix } from '../vocabulary/normalize-id';
import { isAllowedRelationship, takesRole, type EntityKind } from '../vocabulary/relationship-types';

/** Kind-specific entity fields, and the kinds that may have each. */
const FIELDS_BY_KIND: Record<string, readonly EntityKind[]> = {
  organizationType: ['Organization'],
  placeType: ['Place'],
  documentType: ['Document'],
  number: ['Document'],
  handle: ['Document'],
  content: ['Document'],
  eventType: ['Event'],
  status: ['Event'],
  date: ['Event', 'Document'],
};

/**
 * The checks a schema cannot express: every span must match the article text, every reference
 * must name an entity (or claim) of the file of the right kind, ids must be unique, and
 * relationships must join allowed kinds.
 */
export function checkArticleFile(file: ArticleFile, text: string): ArticleFileIssue[] {
  const issues: ArticleFileIssue[] = [];
  const kinds = new Map<string, EntityKind>();
  const claimIds = new Set(file.claims.map((claim) => claim.id));

  const checkSpan = (span: Span, path: string) => {
    if (span.end > text.length) {
      issues.push({
        path: `${path}.end`,
        message: `${span.end} is past the end of the article text (${text.length} characters)`,
      });
      return;
    }
    const actual = text.slice(span.start, span.end);
    if (actual !== span.text) {
      issues.push({
        path: `${path}.text`,
        message: `"${span.text}" does not match the article text at [${span.start}, ${span.end}), which reads "${actual}"`,
      });
    }
  };
  const checkReference = (
    id: string | null | undefined,
    path: string,
    allowed?: readonly EntityKind[],
  ): EntityKind | undefined => {
    if (!id) return undefined;
    const kind = kinds.get(id);
    if (!kind) issues.push({ path, message: `"${id}" is not the id of an entity in this file` });
    else if (allowed && !allowed.includes(kind)) {
      issues.push({ path, message: `"${id}" is a ${kind}; only ${allowed.join(' or ')} may go here` });
    }
    return kind;
  };
  const checkClaimReference = (id: string | undefined, path: string) => {
    if (id && !claimIds.has(id)) issues.push({ path, message: `"${id}" is not the id of a claim in this file` });
  };
  const checkUnique = (seen: Set<string>, id: string, path: string, what: string) => {
    if (seen.has(id)) issues.push({ path, message: `"${id}" is used by another ${what} too` });
    seen.add(id);
  };

  for (const entity of file.entities) kinds.set(entity.id, entity.kind);
  const entityIds = new Set<string>();
  file.entities.forEach((entity, index) => {
    const path = `entities[${index}]`;
    checkUnique(entityIds, entity.id, `${path}.id`, 'entity');
    const prefix = kindPrefix(entity.kind);
    if (!entity.id.startsWith(`${prefix}:`)) {
      issues.push({
        path: `${path}.id`,
        message: `"${entity.id}" must start with "${prefix}:" for kind ${entity.kind}`,
      });
    }
    entity.mentions.forEach((mention, mentionIndex) => checkSpan(mention, `${path}.mentions[${mentionIndex}]`));
    checkKindFields(entity, path, issues);
    if (entity.kind === 'Event' && !entity.eventType) {
      issues.push({ path: `${path}.eventType`, message: 'is required for an Event (e.g. summit, meeting, talks)' });
    }
    if (entity.date) checkSpan(entity.date.evidence, `${path}.date.evidence`);
    if (entity.content) checkSpan(entity.content, `${path}.content`);
  });

  checkReference(file.article.publisher, 'article.publisher');

  const seenFacts = new Set<string>();
  file.relationships.forEach((relationship, index) => {
    const path = `relationships[${index}]`;
    const fromKind = checkReference(relationship.from, `${path}.from`);
    const toKind = checkReference(relationship.to, `${path}.to`);
    if (fromKind && toKind && !isAllowedRelationship(relationship.type, fromKind, toKind)) {
      issues.push({
        path: `${path}.type`,
        message: `${relationship.type} cannot join a ${fromKind} to a ${toKind} (see the table in docs/article-file.md)`,
      });
    }
    if (relationship.type === 'HOLDS_ROLE' && !relationship.title) {
      issues.push({
        path: `${path}.title`,
        message: 'is required for HOLDS_ROLE (the position, e.g. "Foreign Minister")',
      });
    }
    if (relationship.type !== 'HOLDS_ROLE' && relationship.title) {
      issues.push({ path: `${path}.title`, message: `is only allowed on HOLDS_ROLE, not ${relationship.type}` });
    }
    if (relationship.role && !takesRole(relationship.type)) {
      issues.push({ path: `${path}.role`, message: `is not allowed on ${relationship.type}` });
    }
    checkClaimReference(relationship.claim, `${path}.claim`);
    checkSpan(relationship.evidence, `${path}.evidence`);
    const key = [
      relationship.type,
      relationship.from,
      relationship.to,
      relationship.evidence.start,
      relationship.evidence.end,
    ].join(' ');
    if (seenFacts.has(key)) issues.push({ path, message: 'repeats an earlier relationship with the same evidence' });
    seenFacts.add(key);
  });

  const seenClaims = new Set<string>();
  file.claims.forEach((claim, index) => {
    const path = `claims[${index}]`;
    checkUnique(seenClaims, claim.id, `${path}.id`, 'claim');
    claim.assertedBy.forEach((id, i) => checkReference(id, `${path}.assertedBy[${i}]`));
    claim.agreedBy.forEach((id, i) => checkReference(id, `${path}.agreedBy[${i}]`));
    claim.reportedBy.forEach((id, i) => checkReference(id, `${path}.reportedBy[${i}]`));
    claim.about.forEach((id, i) => checkReference(id, `${path}.about[${i}]`));
    checkReference(claim.statedIn, `${path}.statedIn`, ['Document']);
    checkReference(claim.statedAt, `${path}.statedAt`, ['Event']);
    if (claim.assertedBy.length === 0 && claim.agreedBy.length === 0 && !claim.statedIn) {
      issues.push({
        path,
        message: 'must say whose claim it is: assertedBy, agreedBy or statedIn (the outlet itself for its own words)',
      });
    }
    claim.evidence.forEach((span, i) => checkSpan(span, `${path}.evidence[${i}]`));
  });

  const quoteIds = new Set<string>();
  file.quotes.forEach((quote, index) => {
    const path = `quotes[${index}]`;
    checkUnique(quoteIds, quote.id, `${path}.id`, 'quote');
    checkReference(quote.speaker, `${path}.speaker`);
    checkReference(quote.reportedBy, `${path}.reportedBy`);
    checkReference(quote.saidAt, `${path}.saidAt`, ['Event']);
    quote.about.forEach((id, i) => checkReference(id, `${path}.about[${i}]`));
    quote.expresses.forEach((id, i) => checkClaimReference(id, `${path}.expresses[${i}]`));
    if (quote.attribution) checkSpan(quote.attribution, `${path}.attribution`);
    if (quote.end <= quote.start) {
      issues.push({ path: `${path}.end`, message: 'end must be greater than start' });
    } else {
      checkSpan({ start: quote.start, end: quote.end, text: quote.text }, path);
    }
  });

  // A doubt joins one of this article's entities to one the graph already holds.
  (file.possibleMatches ?? []).forEach((doubt, index) => {
    const path = `possibleMatches[${index}]`;
    checkReference(doubt.entity, `${path}.entity`);
    if (doubt.candidate === doubt.entity) {
      issues.push({ path: `${path}.candidate`, message: 'must be another entity than `entity`' });
    } else if (file.entities.some((entity) => entity.id === doubt.candidate)) {
      issues.push({
        path: `${path}.candidate`,
        message: `is declared in this article; a possible match is an entity already in the graph`,
      });
    }
  });
  return issues;
}

function checkKindFields(entity: ArticleEntity, path: string, issues: ArticleFileIssue[]): void {
  for (const [field, allowedKinds] of Object.entries(FIELDS_BY_KIND)) {
    if (entity[field as keyof ArticleEntity] !== undefined && !allowedKinds.includes(entity.kind)) {
      issues.push({
        path: `${path}.${field}`,
        message: `is only allowed on ${allowedKinds.join(' or ')}, not on a ${entity.kind}`,
      });
    }
  }
}
