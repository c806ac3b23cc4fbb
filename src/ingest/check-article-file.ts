import type { ArticleFile, Span } from './article-file-schema';
import type { ArticleFileIssue } from './article-file-error';
import { kindPrefix } from './normalize-id';
import { isAllowedRelationship, type EntityKind } from './relationship-types';

/**
 * The checks a schema cannot express: every span must match the article text, every reference
 * must name an entity of the file, ids must be unique and relationships must join allowed kinds.
 */
export function checkArticleFile(file: ArticleFile, text: string): ArticleFileIssue[] {
  const issues: ArticleFileIssue[] = [];
  const kinds = new Map<string, EntityKind>();

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
  const checkReference = (id: string | null | undefined, path: string): EntityKind | undefined => {
    if (!id) return undefined;
    const kind = kinds.get(id);
    if (!kind) issues.push({ path, message: `"${id}" is not the id of an entity in this file` });
    return kind;
  };

  file.entities.forEach((entity, index) => {
    const path = `entities[${index}]`;
    if (kinds.has(entity.id))
      issues.push({ path: `${path}.id`, message: `"${entity.id}" is used by another entity too` });
    kinds.set(entity.id, entity.kind);
    const prefix = kindPrefix(entity.kind);
    if (!entity.id.startsWith(`${prefix}:`)) {
      issues.push({
        path: `${path}.id`,
        message: `"${entity.id}" must start with "${prefix}:" for kind ${entity.kind}`,
      });
    }
    entity.mentions.forEach((mention, mentionIndex) => checkSpan(mention, `${path}.mentions[${mentionIndex}]`));
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

  const quoteIds = new Set<string>();
  file.quotes.forEach((quote, index) => {
    const path = `quotes[${index}]`;
    if (quoteIds.has(quote.id))
      issues.push({ path: `${path}.id`, message: `"${quote.id}" is used by another quote too` });
    quoteIds.add(quote.id);
    checkReference(quote.speaker, `${path}.speaker`);
    checkReference(quote.reportedBy, `${path}.reportedBy`);
    quote.about.forEach((id, aboutIndex) => checkReference(id, `${path}.about[${aboutIndex}]`));
    if (quote.end <= quote.start) {
      issues.push({ path: `${path}.end`, message: 'end must be greater than start' });
    } else {
      checkSpan({ start: quote.start, end: quote.end, text: quote.text }, path);
    }
  });
  return issues;
}
