import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { articleInput } from '../../src/extract/article-input';
import { extractArticle } from '../../src/extract/extract-article';
import { baseGazetteer } from '../../src/extract/gazetteer';
import { gazetteerIndex } from '../../src/extract/gazetteer-index';
import { gazetteerFromArticleFile, readGraphGazetteer } from '../../src/extract/graph-gazetteer';
import type { ArticleFile } from '../../src/vocabulary/article-file-schema';
import { combinedCandidates, graphCandidates, PendingCandidates, resolveArticle } from '../../src/resolve';
import type { SourceItem } from '../../src/sources';
import { profilingDriver, type QueryProfile } from './profiling-driver';

export interface StageTimes {
  /** Reading the graph's entities for the gazetteer and indexing them: once per run. */
  gazetteerMs: number;
  /** Per article, mean. */
  extractMs: number;
  resolveMs: number;
  /** The candidate queries of the first `profiled` articles, under PROFILE. */
  candidateQueries: Map<string, QueryProfile>;
  profiled: number;
}

/**
 * The stages `ingestSources` runs, timed apart and in the same order on the same articles,
 * without writing: the graph's gazetteer, extraction (each article's entities join the gazetteer
 * for the next, as in a run), and resolution against the graph and the run's earlier articles.
 */
export async function stageTimes(
  driver: Driver,
  database: string,
  items: readonly SourceItem[],
  profiled: number,
): Promise<StageTimes> {
  let started = performance.now();
  const gazetteer = [...baseGazetteer(), ...(await readGraphGazetteer(driver, database))];
  gazetteerIndex(gazetteer); // built by the first article otherwise
  const gazetteerMs = performance.now() - started;
  const pending = new PendingCandidates();
  const candidates = combinedCandidates(graphCandidates(driver, database), pending);
  let extractMs = 0;
  let resolveMs = 0;
  const extracted: ArticleFile[] = [];
  for (const item of items) {
    if (!item.ok) throw item.error;
    started = performance.now();
    const read = extractArticle(articleInput(item.article), gazetteer);
    extractMs += performance.now() - started;
    started = performance.now();
    const { file } = await resolveArticle(read, candidates);
    resolveMs += performance.now() - started;
    gazetteer.push(...gazetteerFromArticleFile(file));
    pending.add(file);
    if (extracted.length < profiled) extracted.push(read);
  }
  // Graph candidates alone, so that every statement the articles cause is profiled.
  const profiling = profilingDriver(driver, candidateQueryName);
  for (const file of extracted) await resolveArticle(file, graphCandidates(profiling.driver, database));
  return {
    gazetteerMs,
    extractMs: extractMs / items.length,
    resolveMs: resolveMs / items.length,
    candidateQueries: profiling.profiles,
    profiled: extracted.length,
  };
}

/** A short name for each statement of src/resolve/graph-candidates.ts, for the tables. */
function candidateQueryName(query: string): string {
  if (query.includes(':ISSUED]->(d:Document)')) return 'documents issued by the actors';
  if (query.includes('(e:Event)')) return 'events of the actors';
  if (query.includes('node:Person')) return 'people by surname (fulltext)';
  if (query.includes('node:Concept')) return 'concepts and organizations by name words (fulltext)';
  return query.trim().split('\n')[0]!;
}
