import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../errors';
import { articleIdentity, normalizeArticleUrl } from '../vocabulary/article-identity';
import type { LoadedArticle } from '../vocabulary/loaded-article';

/** An article already in the graph, as far as its identity goes. */
export interface StoredArticle {
  id: string;
  identity: string | null;
  url: string | null;
  sourceName: string | null;
  /** False for a curated article; null for one written before articles recorded it. */
  extracted: boolean | null;
}

/** What an article being written is, and the stored articles that share its id or its identity. */
export interface ArticleCandidate {
  id: string;
  identity: string;
  url: string | null;
  sourceName: string;
  extracted: boolean;
  sameId?: StoredArticle;
  sameIdentity?: StoredArticle;
}

export type ResolvedArticle = { id: string } | { conflict: AppError };

// The stored article of the same identity with the smallest id, should a graph hold two.
const FIND_STORED_ARTICLES = `
UNWIND $candidates AS candidate
OPTIONAL MATCH (byId:Article {id: candidate.id})
RETURN candidate.id AS id,
  byId {.id, .identity, .url, .sourceName, .extracted} AS sameId,
  head(COLLECT {
    MATCH (byIdentity:Article {identity: candidate.identity})
    RETURN byIdentity {.id, .identity, .url, .sourceName, .extracted} ORDER BY byIdentity.id
  }) AS sameIdentity`;

/**
 * Decides the id each article is written under, in the transaction that writes them, from what
 * identifies it (article-identity.ts) rather than from its id alone:
 * - an extracted article takes the id of the stored article of the same identity (an edit at the
 *   same URL, or one stored under an id of an older scheme), or its own id when there is none;
 * - a curated article keeps the id its file gives, and is refused (ARTICLE_ID_CONFLICT) when that
 *   id is a different article's (another URL or outlet), or when its URL is already stored under
 *   another id. An extracted article never replaces a curated one.
 */
export async function resolveArticleIds(
  tx: ManagedTransaction,
  articles: readonly LoadedArticle[],
): Promise<ResolvedArticle[]> {
  const candidates = articles.map(candidateOf);
  const { records } = await tx.run(FIND_STORED_ARTICLES, {
    candidates: candidates.map(({ id, identity }) => ({ id, identity })),
  });
  const stored = new Map(records.map((record) => [record.get('id') as string, record]));
  return candidates.map((candidate) => {
    const record = stored.get(candidate.id);
    return resolveArticleId({
      ...candidate,
      sameId: (record?.get('sameId') as StoredArticle | null) ?? undefined,
      sameIdentity: (record?.get('sameIdentity') as StoredArticle | null) ?? undefined,
    });
  });
}

function candidateOf({ data, text }: LoadedArticle): Omit<ArticleCandidate, 'sameId' | 'sameIdentity'> {
  const { article } = data;
  const sourceName = article.source.name;
  return {
    id: article.id,
    identity: articleIdentity({ url: article.url, sourceName, publishedOn: article.publishedOn, text }),
    url: article.url ?? null,
    sourceName,
    extracted: article.extracted,
  };
}

/** The rules of resolveArticleIds, given what the graph holds. */
export function resolveArticleId(candidate: ArticleCandidate): ResolvedArticle {
  const { sameId, sameIdentity } = candidate;
  if (candidate.extracted) {
    if (sameIdentity) {
      if (sameIdentity.extracted === false) return { conflict: curatedAlready(candidate, sameIdentity) };
      return { id: sameIdentity.id };
    }
    if (sameId && sameId.identity !== null && sameId.identity !== candidate.identity) {
      return { conflict: idTaken(candidate, sameId) };
    }
    return { id: candidate.id };
  }
  // The same URL under two ids is one article twice; the same text under two curated ids may be meant.
  if (sameIdentity && sameIdentity.id !== candidate.id && candidate.url) {
    return { conflict: storedUnderAnotherId(candidate, sameIdentity) };
  }
  if (sameId) {
    const otherUrl =
      sameId.url && candidate.url && normalizeArticleUrl(sameId.url) !== normalizeArticleUrl(candidate.url);
    const otherSource = sameId.sourceName !== null && sameId.sourceName !== candidate.sourceName;
    if (otherUrl || otherSource) return { conflict: idTaken(candidate, sameId) };
  }
  return { id: candidate.id };
}

function describe(article: { url: string | null; sourceName: string | null }): string {
  return `${article.url ? `at ${article.url}` : 'without a URL'}, from ${article.sourceName ?? 'an unnamed source'}`;
}

function idTaken(candidate: ArticleCandidate, stored: StoredArticle): AppError {
  return new AppError(
    'ARTICLE_ID_CONFLICT',
    `Article id ${candidate.id} is already a different article's in the graph (${describe(stored)}); this one is ` +
      `${describe(candidate)}. Nothing of it was written and the stored article is left as it was. ` +
      'Give this article an id of its own (article.id); or, if it is the same article, give it the same url and source.name.',
  );
}

function storedUnderAnotherId(candidate: ArticleCandidate, stored: StoredArticle): AppError {
  return new AppError(
    'ARTICLE_ID_CONFLICT',
    `The article ${describe(candidate)} is already in the graph as ${stored.id}, and this file names it ` +
      `${candidate.id}. Nothing of it was written. To update the stored article, set article.id to ${stored.id}.`,
  );
}

function curatedAlready(candidate: ArticleCandidate, stored: StoredArticle): AppError {
  return new AppError(
    'ARTICLE_ID_CONFLICT',
    `The article ${describe(candidate)} is the curated article ${stored.id} in the graph, which extraction does ` +
      'not replace. Nothing of it was written. To change the stored article, edit its article file and ingest that.',
  );
}
