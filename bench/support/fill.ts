import { ingestArticle, ingestLoadedArticle } from '../../src/ingest';
import { DEFAULT_SEED_ARTICLE } from '../../src/config';
import { generateCorpus, type CorpusOptions } from '../corpus/generate-corpus';
import type { BenchNeo4j } from './bench-neo4j';

/** Empties the database and ingests the seed article and `articles` synthetic ones with the project's pipeline. */
export async function fillDatabase(neo4j: BenchNeo4j, corpus: CorpusOptions, articles: number): Promise<void> {
  await neo4j.reset();
  await ingestArticle(neo4j.driver, neo4j.database, DEFAULT_SEED_ARTICLE);
  const pending = generateCorpus(corpus, articles);
  // Two writers: the machine has two cores; filling is set-up, not a measured figure.
  const worker = async () => {
    for (let next = pending.next(); !next.done; next = pending.next()) {
      await ingestLoadedArticle(neo4j.driver, neo4j.database, next.value);
    }
  };
  await Promise.all([worker(), worker()]);
}
