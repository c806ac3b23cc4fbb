import type { ArticleGraph, FactEndLabel, FactRow, NodeEvidenceRow } from './build-article-graph';
import { groupBy } from './group-by';

type WithArticleId<T> = T & { articleId: string };

/** A fact's end labels and type, e.g. `Entity->Claim:ASSERTED`. */
export type FactStatementKey = `${FactEndLabel}->${FactEndLabel}:${string}`;

/**
 * The rows of one or more articles pooled by kind, each row carrying its article's id, so that
 * one UNWIND statement per kind writes them all. Rows keep the articles' order: where two
 * articles set the same shared entity, the later one wins, as if they were written one by one.
 */
export interface PooledRows {
  articles: ArticleGraph['article'][];
  sentences: WithArticleId<ArticleGraph['sentences'][number]>[];
  entities: ArticleGraph['entities'];
  publishers: { articleId: string; publisherId: string }[];
  mentions: WithArticleId<ArticleGraph['mentions'][number]>[];
  claims: WithArticleId<ArticleGraph['claims'][number]>[];
  quotes: WithArticleId<ArticleGraph['quotes'][number]>[];
  /** Facts by the labels of their two ends and their type: each statement names them, fixed. */
  facts: Map<FactStatementKey, FactRow[]>;
  nodeEvidence: Map<FactEndLabel, WithArticleId<NodeEvidenceRow>[]>;
  possibleMatches: WithArticleId<ArticleGraph['possibleMatches'][number]>[];
}

export function poolArticleRows(graphs: readonly ArticleGraph[]): PooledRows {
  const withArticleId = <T extends object>(pick: (graph: ArticleGraph) => readonly T[]): WithArticleId<T>[] =>
    graphs.flatMap((graph) => pick(graph).map((row) => ({ ...row, articleId: graph.article.id })));
  return {
    articles: graphs.map((graph) => graph.article),
    sentences: withArticleId((graph) => graph.sentences),
    entities: graphs.flatMap((graph) => graph.entities),
    publishers: graphs.flatMap(({ article }) =>
      article.publisherId ? [{ articleId: article.id, publisherId: article.publisherId }] : [],
    ),
    mentions: withArticleId((graph) => graph.mentions),
    claims: withArticleId((graph) => graph.claims),
    quotes: withArticleId((graph) => graph.quotes),
    facts: groupBy(
      graphs.flatMap((graph) => graph.facts),
      (fact): FactStatementKey => `${fact.fromLabel}->${fact.toLabel}:${fact.type}`,
    ),
    nodeEvidence: groupBy(
      withArticleId((graph) => graph.nodeEvidence),
      (row) => row.label,
    ),
    possibleMatches: withArticleId((graph) => graph.possibleMatches),
  };
}
