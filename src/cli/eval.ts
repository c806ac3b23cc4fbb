import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { CLUSTER_TARGETS, clusterIdentityTable, clusterReport } from '../eval/cluster-report';
import { countClusterIdentity, type ClusterIdentity } from '../eval/count-cluster-identity';
import { evaluateArticles, pooled } from '../eval/evaluate-articles';
import { loadClusterSet, type Split } from '../eval/load-cluster-set';
import { measureClustersInGraph, withEvaluationNeo4j } from '../eval/measure-clusters-in-graph';
import { linkingTable, qualityReport, scoresTable } from '../eval/quality-report';
import { scoreClusterArticles } from '../eval/score-cluster-articles';
import type { Scores } from '../eval/score-extraction';
import { loadArticleFile } from '../ingest';
import { loadCommandContext } from './command-context';
import { formattedText } from './formatted-text';
import { runCommand } from './run-command';

const ROOT = path.resolve(__dirname, '../..');

const program = new Command('eval')
  .description(
    'Measure the automatic extractor against hand-made gold article files: precision, recall and F1 ' +
      'for entities, roles, quotes with speakers, dates and relations; and, for several articles on the same ' +
      'events ingested one after the other into Neo4j, duplicates, wrong merges, invented entities and ' +
      'corroborated facts. Writes docs/quality.md.',
  )
  .option(
    '--seed <file>',
    'the curated seed article file',
    path.join(ROOT, 'data/articles/rt-2017-11-11-putin-trump-syria-joint-statement.article.yaml'),
  )
  .option('--gold <folder>', 'folder of evaluation article files (*.article.yaml)', path.join(ROOT, 'data/eval'))
  .option(
    '--clusters <manifest>',
    'manifest of the cross-article set',
    path.join(ROOT, 'data/eval/clusters/manifest.yaml'),
  )
  .option('--no-clusters', 'leave the cross-article set out')
  .option(
    '--no-graph',
    'score the cross-article set article by article only, without Neo4j (no duplicates, merges or corroboration)',
  )
  .option('--report <file>', 'where to write the report', path.join(ROOT, 'docs/quality.md'))
  .option('--no-report', 'print the figures only')
  .parse();

interface Options {
  seed: string;
  gold: string;
  clusters: string | false;
  graph: boolean;
  report: string | false;
}

runCommand(async () => {
  const options = program.opts<Options>();
  const seed = await loadArticleFile(options.seed);
  const goldFiles = (await readdir(options.gold)).filter((name) => name.endsWith('.article.yaml')).sort();
  const others = await Promise.all(goldFiles.map((name) => loadArticleFile(path.join(options.gold, name))));

  const rows = await evaluateArticles(seed, others);
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

  let clusterSection: string | undefined;
  if (options.clusters) {
    const set = await loadClusterSet(options.clusters);
    const clusterRows = await scoreClusterArticles(seed, set);
    const clusterPooled: Record<string, Scores> = {};
    const splits: (Split | 'all')[] = ['development', 'held-out', 'all'];
    for (const split of splits) {
      for (const setting of ['base gazetteer', 'seed in the graph'] as const) {
        const picked = clusterRows.filter((r) => r.setting === setting && (split === 'all' || r.split === split));
        clusterPooled[`Cross-article set, ${split}, pooled (${picked.length}; ${setting})`] = pooled(picked);
      }
    }
    let identity: Record<string, ClusterIdentity> | undefined;
    if (options.graph) {
      const { config, logger } = loadCommandContext();
      const started = Date.now();
      const inGraph = await withEvaluationNeo4j(config.neo4j, logger, (driver, database) =>
        measureClustersInGraph(driver, database, seed, set),
      );
      identity = Object.fromEntries(
        splits.map((split) => [
          split,
          countClusterIdentity(inGraph.filter((a) => split === 'all' || a.set.split === split)),
        ]),
      );
      process.stdout.write(`\nCross-article set in the graph (${((Date.now() - started) / 1000).toFixed(0)} s)\n\n`);
      process.stdout.write(`${clusterIdentityTable(identity)}\n`);
    }
    for (const [title, scores] of Object.entries(clusterPooled))
      process.stdout.write(`\n${title}\n\n${scoresTable(scores, CLUSTER_TARGETS)}\n`);
    clusterSection = clusterReport({ pooled: clusterPooled, rows: clusterRows, identity });
  }

  if (options.report) {
    const report = qualityReport(rows, totals, new Date().toISOString().slice(0, 10), clusterSection);
    await writeFile(options.report, await formattedText(options.report, report));
    process.stdout.write(`\nWrote ${path.relative(process.cwd(), options.report)}\n`);
  }
});
