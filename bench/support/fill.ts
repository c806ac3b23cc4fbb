import type { Driver } from 'neo4j-driver';
import { ingestArticle, ingestLoadedArticles, isIngestFailure, type LoadedArticle } from '../../src/ingest';
import { DEFAULT_SEED_ARTICLE } from '../../src/config';
import { generateCorpus, type CorpusOptions } from '../corpus/generate-corpus';
import type { BenchNeo4j } from './bench-neo4j';

/**
 * Writes synthetic articles with the project's pipeline, `batchSize` per transaction (its default
 * when not given). A synthetic article that fails is a bug in the benchmark, so it stops the run.
 */
export async function ingestAll(
  driver: Driver,
  database: string,
  articles: readonly LoadedArticle[],
  batchSize?: number,
): Promise<void> {
  const failures = (await ingestLoadedArticles(driver, database, articles, { batchSize })).filter(isIngestFailure);
  if (failures.length > 0) {
    throw new Error(`${failures.length} synthetic articles failed to ingest: ${failures[0]!.error.message}`);
  }
}

/** Empties the database and ingests the seed article and `articles` synthetic ones with the project's pipeline. */
export async function fillDatabase(neo4j: BenchNeo4j, corpus: CorpusOptions, articles: number): Promise<void> {
  await neo4j.reset();
  await ingestArticle(neo4j.driver, neo4j.database, DEFAULT_SEED_ARTICLE);
  await ingestAll(neo4j.driver, neo4j.database, [...generateCorpus(corpus, articles)]);
}
