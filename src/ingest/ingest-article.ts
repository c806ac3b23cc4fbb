import type { Driver } from 'neo4j-driver';
import { buildArticleGraph, type ArticleGraph } from './build-article-graph';
import { loadArticleFile, type LoadedArticle } from './load-article-file';
import { writeArticle, type WriteResult } from './write-article';

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

/** Validates an article file completely, then writes it in one transaction. */
export async function ingestArticle(driver: Driver, database: string, file: string): Promise<IngestResult> {
  return ingestLoadedArticle(driver, database, await loadArticleFile(file));
}

/**
 * Writes an article that loadArticleFile has already validated, in one transaction. With
 * `editedBy` (a write through the API), the transaction also records who ingested it.
 */
export async function ingestLoadedArticle(
  driver: Driver,
  database: string,
  loaded: LoadedArticle,
  options: { editedBy?: string } = {},
): Promise<IngestResult> {
  const graph = buildArticleGraph(loaded);
  const counts = graphCounts(graph);
  const audit = options.editedBy ? { by: options.editedBy, details: { counts } } : undefined;
  const result = await writeArticle(driver, database, graph, audit);
  return { ...result, counts };
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
