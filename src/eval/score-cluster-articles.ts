import { articleInput } from '../extract/article-input';
import type { ArticleFile } from '../vocabulary/article-file-schema';
import { readAsIngested } from './read-as-ingested';
import { baseGazetteer, withGraphEntries, type GazetteerEntry } from '../extract/gazetteer';
import { gazetteerFromArticleFile } from '../extract/graph-gazetteer';
import type { LoadedArticle } from '../ingest';
import { readSources, type SourceArticle } from '../sources';
import type { EvaluationRow } from './evaluate-articles';
import type { ClusterSetArticle, Split } from './load-cluster-set';
import { offsetMap, remapArticleFile } from './offset-map';
import { scoreExtraction } from './score-extraction';

export interface ClusterScoreRow extends EvaluationRow {
  cluster: string;
  split: Split;
  style: string;
}

/** Reads an article's source file as `npm run ingest` does (HTML loses its tags and boilerplate). */
export async function readSourceArticle(file: string): Promise<SourceArticle> {
  for await (const item of readSources([file])) {
    if (!item.ok) throw item.error;
    return item.article;
  }
  throw new Error(`${file} gave no article`);
}

/**
 * Scores each article of the cross-article set alone, as the three own articles are: the
 * extractor reads the source file (not the gold text), cold and with the seed's entities known,
 * and its offsets are moved into the gold text before comparing.
 */
export async function scoreClusterArticles(
  seed: LoadedArticle,
  articles: readonly ClusterSetArticle[],
): Promise<ClusterScoreRow[]> {
  const base = baseGazetteer();
  const withSeed = withGraphEntries(base, gazetteerFromArticleFile(seed.data));
  const rows: ClusterScoreRow[] = [];
  for (const article of articles) {
    const input = articleInput(await readSourceArticle(article.source), article.published);
    const map = offsetMap(input.text, article.gold.text);
    const score = async (gazetteer: readonly GazetteerEntry[], known: readonly ArticleFile[]) =>
      scoreExtraction(article.gold.data, remapArticleFile(await readAsIngested(input, gazetteer, known), map));
    const common = { articleId: article.gold.data.article.id, cluster: article.cluster, split: article.split };
    rows.push({ ...common, style: article.style, setting: 'base gazetteer', scores: await score(base, []) });
    rows.push({
      ...common,
      style: article.style,
      setting: 'seed in the graph',
      scores: await score(withSeed, [seed.data]),
    });
  }
  return rows;
}
