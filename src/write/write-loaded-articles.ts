import type { Driver } from 'neo4j-driver';
import type { AppError } from '../errors';
import { invariant } from '../errors';
import { buildArticleGraph, type ArticleGraph } from './build-article-graph';
import { graphCounts, type IngestResult } from './ingest-result';
import type { LoadedArticle } from '../vocabulary/loaded-article';
import { resolveArticleIds } from './resolve-article-id';
import { RECORD_INGESTION, writeInTransaction } from './write-article';

/** An article that was not written because its id or identity belongs to another stored article. */
export interface ArticleConflict {
  articleId: string;
  conflict: AppError;
}

export type LoadedWriteReport = IngestResult | ArticleConflict;

export function isArticleConflict(report: LoadedWriteReport): report is ArticleConflict {
  return 'conflict' in report;
}

/**
 * Writes validated articles in one transaction: each article's id is first resolved against the
 * graph (resolve-article-id.ts), so that an article is written under the id of the stored article
 * it is and never over a different one; the articles that conflict are reported and the others
 * written, each as writeArticle would. With `editedBy` (a write through the API), an Edit records
 * who ingested each article, in the same transaction.
 */
export async function writeLoadedArticles(
  driver: Driver,
  database: string,
  articles: readonly LoadedArticle[],
  options: { editedBy?: string } = {},
): Promise<LoadedWriteReport[]> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const resolved = await resolveArticleIds(tx, articles);
      const graphs = resolved.map((resolution, index): ArticleGraph | ArticleConflict =>
        'conflict' in resolution
          ? { articleId: articles[index]!.data.article.id, conflict: resolution.conflict }
          : buildArticleGraph(withArticleId(articles[index]!, resolution.id)),
      );
      const writable = graphs.filter((graph): graph is ArticleGraph => !('conflict' in graph));
      const outcomes = await writeInTransaction(tx, writable);
      const reports: LoadedWriteReport[] = [];
      for (const graph of graphs) {
        if ('conflict' in graph) {
          reports.push(graph);
          continue;
        }
        const outcome = outcomes[writable.indexOf(graph)];
        invariant(outcome, 'one outcome per written article');
        const result: IngestResult = { articleId: graph.article.id, outcome, counts: graphCounts(graph) };
        if (options.editedBy) {
          const { records } = await tx.run(RECORD_INGESTION, {
            articleId: graph.article.id,
            by: options.editedBy,
            details: JSON.stringify({ outcome, counts: result.counts }),
          });
          result.editId = records[0]?.get('id') as string;
        }
        reports.push(result);
      }
      return reports;
    });
  } finally {
    await session.close();
  }
}

function withArticleId(loaded: LoadedArticle, id: string): LoadedArticle {
  if (loaded.data.article.id === id) return loaded;
  return { ...loaded, data: { ...loaded.data, article: { ...loaded.data.article, id } } };
}
