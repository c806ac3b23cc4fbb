import { baseGazetteer, withGraphEntries, type GazetteerEntry } from '../extract/gazetteer';
import { gazetteerFromArticleFile } from '../extract/graph-gazetteer';
import type { LoadedArticle } from '../ingest';
import { readAsIngested } from './read-as-ingested';
import { alignEntities, MEASURES, score, scoreExtraction, type Scores, type Score } from './score-extraction';

export interface EvaluationRow {
  articleId: string;
  /** What the extractor knew beforehand: the base gazetteer alone, or the seed graph too. */
  setting: 'base gazetteer' | 'seed in the graph';
  scores: Scores;
  /** With the seed in the graph: how the article's mentions of seed entities were linked. */
  linking?: Linking;
}

/**
 * Of the seed's entities a gold file names: how many the extractor linked to the seed's node,
 * how many it gave a new node instead (a duplicate in the graph), and how many new things it
 * wrongly linked to a seed node (a wrong merge).
 */
export interface Linking {
  seedEntities: number;
  linked: number;
  duplicated: string[];
  wronglyMerged: string[];
}

/**
 * Runs the extractor on each gold article's text and scores it against the gold file. The seed
 * is read knowing only the base gazetteer (its own entities would give the answers away); the
 * evaluation articles are read twice: cold, and with the seed's entities in the graph, which is
 * how they are ingested on top of it.
 */
export async function evaluateArticles(
  seed: LoadedArticle,
  others: readonly LoadedArticle[],
): Promise<EvaluationRow[]> {
  const base = baseGazetteer();
  const withSeed = withGraphEntries(base, gazetteerFromArticleFile(seed.data));
  const rows = [await row(seed, base, 'base gazetteer')];
  for (const article of others) {
    rows.push(await row(article, base, 'base gazetteer'));
    rows.push(await row(article, withSeed, 'seed in the graph', seed));
  }
  return rows;
}

async function row(
  gold: LoadedArticle,
  gazetteer: readonly GazetteerEntry[],
  setting: EvaluationRow['setting'],
  seed?: LoadedArticle,
): Promise<EvaluationRow> {
  const { article } = gold.data;
  const extracted = await readAsIngested(
    {
      text: gold.text,
      title: article.title,
      publishedOn: article.publishedOn,
      sourceName: article.source.name,
      origin: article.textFile,
    },
    gazetteer,
    seed ? [seed.data] : [],
  );
  const seedIds = seed && new Set(seed.data.entities.map((entity) => entity.id));
  const scores = scoreExtraction(gold.data, extracted);
  if (!seedIds) return { articleId: article.id, setting, scores };
  const alignment = alignEntities(gold.data, extracted);
  const goldSeedIds = gold.data.entities.map((entity) => entity.id).filter((id) => seedIds.has(id));
  const linkedTo = (goldId: string) => [...alignment].filter(([, to]) => to === goldId).map(([from]) => from);
  const found = goldSeedIds.filter((id) => linkedTo(id).length > 0);
  return {
    articleId: article.id,
    setting,
    scores,
    linking: {
      seedEntities: found.length,
      linked: found.filter((id) => linkedTo(id).includes(id)).length,
      duplicated: found.filter((id) => !linkedTo(id).includes(id)).map((id) => `${id} as ${linkedTo(id).join(', ')}`),
      wronglyMerged: [...alignment]
        .filter(([from, to]) => seedIds.has(from) && from !== to)
        .map(([from, to]) => `${to} linked to ${from}`),
    },
  };
}

/** Sums the counts of several rows and recomputes the ratios (micro-average). */
export function pooled(rows: readonly EvaluationRow[]): Scores {
  return Object.fromEntries(
    MEASURES.map((measure) => {
      const sum = (pick: (s: Score) => number) => rows.reduce((total, r) => total + pick(r.scores[measure]), 0);
      // Gold items found, summed as counts: recall times gold size gives each row's count back.
      const recalled = sum((s) => s.recall * s.expected);
      return [
        measure,
        score(
          sum((s) => s.truePositives),
          sum((s) => s.predicted),
          sum((s) => s.expected),
          recalled,
        ),
      ];
    }),
  ) as Scores;
}
