import path from 'node:path';
import { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../config';
import { ingestArticle } from '../ingest';
import { loadArticleFile } from '../ingest/load-article-file';
import { createLogger } from '../logger';
import { applySchema } from '../neo4j/apply-schema';
import { openNeo4j } from '../neo4j/open-neo4j';
import { runCommand } from './run-command';

const program = new Command('ingest')
  .description(
    'Validate article files (docs/article-file.md) and write each into Neo4j in one transaction. ' +
      'Every file is validated before anything is written; re-running changes nothing.',
  )
  .argument('<files...>', 'article files (*.article.yaml)')
  .parse();

runCommand(async () => {
  const files = program.args.map((file) => path.resolve(file));
  // Validate every file first, so one bad file stops the run before anything is written.
  for (const file of files) await loadArticleFile(file);

  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.production);
  const neo4j = await openNeo4j(config.neo4j, logger);
  try {
    await applySchema(neo4j.driver, neo4j.connection.database);
    for (const file of files) {
      const result = await ingestArticle(neo4j.driver, neo4j.connection.database, file);
      const { sentences, entities, mentions, facts, quotes } = result.counts;
      process.stdout.write(
        `${result.outcome.padEnd(9)} ${result.articleId}: ${entities} entities, ${mentions} mentions, ` +
          `${facts} facts, ${quotes} quotes, ${sentences} sentences\n`,
      );
    }
  } finally {
    await neo4j.close();
  }
});
