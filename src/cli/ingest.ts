import path from 'node:path';
import { Command } from 'commander';
import { ingestLoadedArticle, loadArticleFile } from '../ingest';
import { applySchema } from '../neo4j/apply-schema';
import { openNeo4j } from '../neo4j/open-neo4j';
import { loadCommandContext } from './command-context';
import { ingestProgress } from './ingest-progress';
import { runCommand } from './run-command';

const program = new Command('ingest')
  .description(
    'Validate article files (docs/article-file.md) and write each into Neo4j in one transaction. ' +
      'Every file is validated before anything is written; re-running changes nothing. On a terminal, a ' +
      'progress bar follows the writing of several files; elsewhere each file gets its line.',
  )
  .argument('<files...>', 'article files (*.article.yaml)')
  .parse();

runCommand(async () => {
  const files = program.args.map((file) => path.resolve(file));
  // Validate every file first, so one bad file stops the run before anything is written.
  const articles = await Promise.all(files.map((file) => loadArticleFile(file)));
  if (articles.length > 1) process.stdout.write(`${articles.length} article files are valid; writing them\n`);

  const { config, logger } = loadCommandContext();
  const neo4j = await openNeo4j(config.neo4j, logger);
  const started = Date.now();
  const outcomes = new Map<string, number>();
  const progress = ingestProgress(articles.length);
  try {
    await applySchema(neo4j.driver, neo4j.connection.database);
    for (const article of articles) {
      const result = await ingestLoadedArticle(neo4j.driver, neo4j.connection.database, article);
      const { sentences, entities, events, mentions, facts, claims, quotes } = result.counts;
      progress.written(
        `${result.outcome.padEnd(9)} ${result.articleId}: ${entities} entities (${events} events), ` +
          `${mentions} mentions, ${facts} facts, ${claims} claims, ${quotes} quotes, ${sentences} sentences`,
        result.articleId,
      );
      outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
    }
  } finally {
    progress.stop();
    await neo4j.close();
  }
  if (articles.length > 1) {
    const counts = [...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${articles.length} articles in ${seconds} s: ${counts}\n`);
  }
});
