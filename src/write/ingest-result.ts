import type { ArticleGraph } from './build-article-graph';
import type { WriteResult } from './write-article';

export interface IngestResult extends WriteResult {
  counts: {
    sentences: number;
    entities: number;
    events: number;
    mentions: number;
    facts: number;
    claims: number;
    quotes: number;
  };
}

/** What an article's graph holds, reported with its outcome. */
export function graphCounts(graph: ArticleGraph): IngestResult['counts'] {
  return {
    sentences: graph.sentences.length,
    entities: graph.entities.length,
    events: graph.entities.filter((entity) => entity.kind === 'Event').length,
    mentions: graph.mentions.length,
    facts: graph.facts.length,
    claims: graph.claims.length,
    quotes: graph.quotes.length,
  };
}
