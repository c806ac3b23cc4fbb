import { ingestArticle, ingestLoadedArticles, isIngestFailure } from '../../src/ingest';
import { DEFAULT_SEED_ARTICLE } from '../../src/config';
import { generateCorpus, type CorpusOptions } from '../corpus/generate-corpus';
import type { BenchNeo4j } from './bench-neo4j';

/** Empties the database and ingests the seed article and `articles` synthetic ones with the project's pipeline. */
export async function fillDatabase(neo4j: BenchNeo4j, corpus: CorpusOptions, articles: number): Promise<void> {
  await neo4j.reset();
  await ingestArticle(neo4j.driver, neo4j.database, DEFAULT_SEED_ARTICLE);
  const reports = await ingestLoadedArticles(neo4j.driver, neo4j.database, [...generateCorpus(corpus, articles)]);
  const failures = reports.filter(isIngestFailure);
  if (failures.length > 0) {
    throw new Error(`${failures.length} synthetic articles failed to ingest: ${failures[0]!.error.message}`);
  }
}
