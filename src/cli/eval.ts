import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { evaluateArticles, pooled } from '../eval/evaluate-articles';
import { linkingTable, qualityReport, scoresTable } from '../eval/quality-report';
import { loadArticleFile } from '../ingest';
import { formattedText } from './formatted-text';
import { runCommand } from './run-command';

const ROOT = path.resolve(__dirname, '../..');

const program = new Command('eval')
  .description(
    'Measure the automatic extractor against hand-made gold article files: precision, recall and F1 ' +
      'for entities, roles, quotes with speakers, dates and relations. Writes docs/quality.md.',
  )
  .option(
    '--seed <file>',
    'the curated seed article file',
    path.join(ROOT, 'data/articles/rt-2017-11-11-putin-trump-syria-joint-statement.article.yaml'),
  )
  .option('--gold <folder>', 'folder of evaluation article files (*.article.yaml)', path.join(ROOT, 'data/eval'))
  .option('--report <file>', 'where to write the report', path.join(ROOT, 'docs/quality.md'))
  .option('--no-report', 'print the figures only')
  .parse();

runCommand(async () => {
  const options = program.opts<{ seed: string; gold: string; report: string | false }>();
  const seed = await loadArticleFile(options.seed);
  const goldFiles = (await readdir(options.gold)).filter((name) => name.endsWith('.article.yaml')).sort();
  const others = await Promise.all(goldFiles.map((name) => loadArticleFile(path.join(options.gold, name))));

  const rows = evaluateArticles(seed, others);
  const totals = {
    'Seed article (base gazetteer)': rows[0]!.scores,
    [`Own articles, pooled (${others.length}; base gazetteer)`]: pooled(
      rows.filter((r, i) => i > 0 && r.setting === 'base gazetteer'),
    ),
    [`Own articles, pooled (${others.length}; seed in the graph)`]: pooled(
      rows.filter((r) => r.setting === 'seed in the graph'),
    ),
  };
  for (const [title, scores] of Object.entries(totals)) process.stdout.write(`\n${title}\n\n${scoresTable(scores)}\n`);
  process.stdout.write(`\nLinking to the seed's entities\n\n${linkingTable(rows)}\n`);
  if (options.report) {
    const report = qualityReport(rows, totals, new Date().toISOString().slice(0, 10));
    await writeFile(options.report, await formattedText(options.report, report));
    process.stdout.write(`\nWrote ${path.relative(process.cwd(), options.report)}\n`);
  }
});
