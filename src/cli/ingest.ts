import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { AppError } from '../errors';
import { ingestSources } from '../ingest/ingest-sources';
import { ingestLoadedArticles, loadArticleFile, writeFailureError, type IngestResult } from '../ingest';
import { applySchema } from '../neo4j/apply-schema';
import { describeNeo4j, openNeo4j } from '../neo4j/open-neo4j';
import { calendarDayProblem, readSources, type SourceItem } from '../sources';
import { loadCommandContext } from './command-context';
import { ingestProgress } from './ingest-progress';
import { runCommand } from './run-command';

const program = new Command('ingest')
  .description(
    'Write news articles into Neo4j, several per transaction, each article whole or not at all; ' +
      're-running changes nothing.\n' +
      '- Curated article files (*.yaml or *.yml, docs/article-file.md) are all validated before anything is written.\n' +
      '- Any other article (.txt, .html, a folder, or JSONL with text, url, title, published, source) is read ' +
      'by the automatic extractor (docs/quality.md), linked to the entities already in the graph, and written ' +
      'with a confidence on every fact. A bad input is reported and skipped; the others still go in.',
  )
  .argument('<paths...>', 'article files, folders or JSONL files')
  .option('--published <date>', 'publication date for articles that give none (YYYY-MM-DD)', (value: string) => {
    const problem = calendarDayProblem(value);
    if (problem) throw new InvalidArgumentError(`${problem}. Give the day the articles were published, YYYY-MM-DD.`);
    return value;
  })
  .parse();

runCommand(async () => {
  const { published } = program.opts<{ published?: string }>();
  const paths = program.args.map((file) => path.resolve(file));
  const isArticleFile = (file: string) => /\.ya?ml$/i.test(file);
  const curatedFiles = paths.filter(isArticleFile);
  const otherPaths = paths.filter((file) => !isArticleFile(file));
  // Curated files are validated together first, so one bad file stops the run before anything is written.
  const curated = await Promise.all(curatedFiles.map((file) => loadArticleFile(file)));

  const { config, logger } = loadCommandContext();
  const sources: SourceItem[] = [];
  for await (const item of readSources(otherPaths, { maxBytes: config.maxArticleBytes })) sources.push(item);
  const total = curated.length + sources.length;
  const readable = sources.filter((item) => item.ok);
  if (curated.length === 0 && readable.length === 0) {
    // Nothing to write: say why for each input, and leave Neo4j alone.
    for (const item of sources)
      if (!item.ok) process.stderr.write(`Error [${item.error.code}]: ${item.error.message}\n`);
    process.exitCode = 1;
    return;
  }
  if (total > 1) process.stdout.write(`${total} articles to write\n`);

  const neo4j = await openNeo4j(config.neo4j, logger, 'npm run ingest');
  logger.info(describeNeo4j(neo4j, 'npm run ingest'));
  const { driver } = neo4j;
  const database = neo4j.connection.database;
  const started = Date.now();
  const outcomes = new Map<string, number>();
  const skipped: string[] = [];
  const progress = ingestProgress(total);
  const counted = (result: IngestResult): void => {
    progress.written(describe(result), result.articleId);
    outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
  };
  const refused = (origin: string, error: AppError): void => {
    skipped.push(origin);
    progress.written(`skipped   [${error.code}] ${error.message}`, origin);
  };
  try {
    await applySchema(driver, database, { logger });
    await ingestLoadedArticles(driver, database, curated, {
      onWritten: counted,
      onFailed: (failure) => {
        const index = curated.findIndex((article) => article.data.article.id === failure.articleId);
        const file = curatedFiles[index] ?? failure.articleId;
        refused(file, writeFailureError(failure, file));
      },
    });
    if (sources.length > 0) {
      await ingestSources(driver, database, sources, {
        publishedOn: published,
        extractionBudgetMs: config.extractionBudgetMs,
        // Workers pay off from the second article on: one article is extracted in this thread.
        extractionWorkers: sources.length > 1 ? config.extractionWorkers : 0,
        onOutcome: (outcome) => ('error' in outcome ? refused(outcome.origin, outcome.error) : counted(outcome.result)),
      });
    }
  } finally {
    progress.stop();
    await neo4j.close();
  }
  if (total > 1 || skipped.length > 0) {
    const counts = [...outcomes].map(([outcome, count]) => `${count} ${outcome}`);
    if (skipped.length > 0) counts.push(`${skipped.length} skipped`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${total} articles in ${seconds} s: ${counts.join(', ')}\n`);
  }
  // The others are written; the exit status still tells a script that some input was refused.
  if (skipped.length > 0) process.exitCode = 1;
});

function describe(result: IngestResult): string {
  const { sentences, entities, events, mentions, facts, claims, quotes } = result.counts;
  return (
    `${result.outcome.padEnd(9)} ${result.articleId}: ${entities} entities (${events} events), ` +
    `${mentions} mentions, ${facts} facts, ${claims} claims, ${quotes} quotes, ${sentences} sentences`
  );
}
