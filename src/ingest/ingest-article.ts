import type { Driver } from 'neo4j-driver';
import { buildArticleGraph } from './build-article-graph';
import { loadArticleFile } from './load-article-file';
import { writeArticle, type WriteResult } from './write-article';

export interface IngestResult extends WriteResult {
  file: string;
  counts: { sentences: number; entities: number; mentions: number; facts: number; quotes: number };
}

/** Validates an article file completely, then writes it in one transaction. */
export async function ingestArticle(driver: Driver, database: string, file: string): Promise<IngestResult> {
  const loaded = await loadArticleFile(file);
  const graph = buildArticleGraph(loaded);
  const result = await writeArticle(driver, database, graph);
  return {
    ...result,
    file,
    counts: {
      sentences: graph.sentences.length,
      entities: graph.entities.length,
      mentions: graph.mentions.length,
      facts: graph.facts.length,
      quotes: graph.quotes.length,
    },
  };
}
