import { extractArticle, type ArticleInput } from '../extract/extract-article';
import type { GazetteerEntry } from '../extract/gazetteer';
import { PendingCandidates, resolveArticle } from '../resolve';
import type { ArticleFile } from '../vocabulary/article-file-schema';

/**
 * What ingestion writes for one article, short of the database: the extractor's reading, then
 * resolution (mentions of one occasion made one event, people named by surname), against the
 * article files already known (none, or the seed's).
 */
export async function readAsIngested(
  input: ArticleInput,
  gazetteer: readonly GazetteerEntry[],
  known: readonly ArticleFile[] = [],
): Promise<ArticleFile> {
  const candidates = new PendingCandidates();
  for (const file of known) candidates.add(file);
  return (await resolveArticle(extractArticle(input, gazetteer), candidates)).file;
}
