import type { ArticleEntity, ArticleFile } from '../vocabulary/article-file-schema';

/**
 * Rewrites an article file so that each entity id in `renames` becomes its target everywhere:
 * entities, relationships, claims, quotes and the publisher. Two entities that end up with one
 * id become one entry, with their mentions and aliases pooled (the first entry's details win).
 */
export function renameEntities(file: ArticleFile, renames: ReadonlyMap<string, string>): ArticleFile {
  if (renames.size === 0) return file;
  const to = (id: string): string => renames.get(id) ?? id;
  const toAll = (ids: readonly string[]): string[] => [...new Set(ids.map(to))];
  const toOptional = <T extends string | null | undefined>(id: T): T => (typeof id === 'string' ? to(id) : id) as T;

  const entities = new Map<string, ArticleEntity>();
  for (const entity of file.entities) {
    const id = to(entity.id);
    const known = entities.get(id);
    // The entity others are renamed into keeps its own name and details, whichever comes first.
    const isTarget = !renames.has(entity.id);
    entities.set(id, known ? (isTarget ? pooled(entity, known) : pooled(known, entity)) : { ...entity, id });
  }
  const relationships = file.relationships
    .map((relationship) => ({ ...relationship, from: to(relationship.from), to: to(relationship.to) }))
    .filter((relationship) => relationship.from !== relationship.to);

  return {
    ...file,
    article: { ...file.article, publisher: toOptional(file.article.publisher) },
    entities: [...entities.values()],
    relationships: dedupeFacts(relationships),
    claims: file.claims.map((claim) => ({
      ...claim,
      assertedBy: toAll(claim.assertedBy),
      agreedBy: toAll(claim.agreedBy),
      statedIn: toOptional(claim.statedIn),
      statedAt: toOptional(claim.statedAt),
      reportedBy: toAll(claim.reportedBy),
      about: toAll(claim.about),
    })),
    quotes: file.quotes.map((quote) => ({
      ...quote,
      speaker: toOptional(quote.speaker),
      about: toAll(quote.about),
      reportedBy: toOptional(quote.reportedBy),
      saidAt: toOptional(quote.saidAt),
    })),
  };
}

function pooled(first: ArticleEntity, second: ArticleEntity): ArticleEntity {
  const spans = new Set(first.mentions.map((m) => `${m.start}:${m.end}`));
  // The more precise of two dates ("on Wednesday" over "April 2018").
  const date =
    second.date && (!first.date || second.date.value.length > first.date.value.length) ? second.date : first.date;
  return {
    ...second,
    ...first,
    ...(date ? { date } : {}),
    aliases: [...new Set([...first.aliases, ...second.aliases, ...(second.name !== first.name ? [second.name] : [])])],
    mentions: [...first.mentions, ...second.mentions.filter((m) => !spans.has(`${m.start}:${m.end}`))].sort(
      (a, b) => a.start - b.start,
    ),
  };
}

// After a merge, two facts may say the same thing on the same words: keep one.
function dedupeFacts(relationships: ArticleFile['relationships']): ArticleFile['relationships'] {
  const seen = new Set<string>();
  return relationships.filter((r) => {
    const key = `${r.type}|${r.from}|${r.to}|${r.evidence.start}|${r.evidence.end}|${r.role ?? ''}|${r.title ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
