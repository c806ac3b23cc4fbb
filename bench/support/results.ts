import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { MachineInfo } from './machine';
import { formattedText } from '../../src/cli/formatted-text';

export const BENCH_DIR = path.join(PROJECT_ROOT, 'bench');
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const RESULTS_FILE = path.join(BENCH_DIR, 'results.md');

export type Cell = string | number | boolean | null;

export interface Table {
  caption: string;
  columns: string[];
  rows: Cell[][];
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null for a figure reported without a target, or not measured in this run (shown as —). */
  met: boolean | null;
}

/** One scenario's figures, saved as JSON beside results.md, from which results.md is rendered. */
export interface ScenarioResult {
  scenario: string;
  title: string;
  command: string;
  machine: MachineInfo;
  settings: Record<string, Cell>;
  targets: TargetCheck[];
  tables: Table[];
  notes: string[];
}

/** The scenarios in the order results.md shows them. */
export const SCENARIO_ORDER = [
  'ingest',
  'growth',
  'graphql',
  'load',
  'concurrency',
  'cold-start',
  'extraction',
  'end-to-end',
];

/** Saves a scenario's figures and re-renders results.md from every scenario saved so far. */
export async function saveScenario(result: ScenarioResult): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, `${result.scenario}.json`);
  writeFileSync(json, await formattedText(json, JSON.stringify(result)));
  writeFileSync(RESULTS_FILE, await formattedText(RESULTS_FILE, renderResults(loadScenarios())));
}

function loadScenarios(): ScenarioResult[] {
  if (!existsSync(RESULTS_DIR)) return [];
  return readdirSync(RESULTS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(RESULTS_DIR, file), 'utf8')) as ScenarioResult)
    .sort((a, b) => SCENARIO_ORDER.indexOf(a.scenario) - SCENARIO_ORDER.indexOf(b.scenario));
}

/** results.md: a summary of every target, then each scenario with its machine, settings and tables. */
export function renderResults(scenarios: readonly ScenarioResult[]): string {
  const lines = [
    '# Benchmark results',
    '',
    '<!-- Written by `npm run bench` (bench/support/results.ts) from bench/results/*.json; do not edit by hand. -->',
    '',
    'Every figure is the median of several runs; every ratio compares two arms measured in the same run,',
    'on the same machine, against the same Neo4j. This machine is shared and noisy: the ratios are what',
    'count, not the absolute numbers. How to run: [bench/README.md](README.md). Recovery after a Neo4j',
    'restart under load is measured by an integration test: [restart-under-load.md](restart-under-load.md).',
    '',
    '## Targets',
    '',
    markdownTable({
      caption: '',
      columns: ['scenario', 'target', 'measured', 'met'],
      rows: scenarios.flatMap((s) =>
        s.targets.map((t) => [s.title, t.target, t.measured, t.met === null ? '—' : t.met ? 'yes' : 'NO']),
      ),
    }),
  ];
  for (const s of scenarios) {
    const m = s.machine;
    lines.push(
      '',
      `## ${s.title}`,
      '',
      `\`${s.command}\` — ${m.date.slice(0, 16).replace('T', ' ')} UTC; ${m.cpu}, ${m.cores} cores, ` +
        `${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; Neo4j ${m.neo4j}, heap ${m.neo4jHeap}; ` +
        Object.entries(m.packages)
          .map(([name, version]) => `${name} ${version}`)
          .join(', ') +
        '.',
      '',
      `Settings: ${Object.entries(s.settings)
        .map(([key, value]) => `${key} ${String(value)}`)
        .join(', ')}.`,
    );
    for (const table of s.tables) lines.push('', `**${table.caption}**`, '', markdownTable(table));
    if (s.notes.length > 0) lines.push('', ...s.notes.map((note) => `- ${note}`));
  }
  return `${lines.join('\n')}\n`;
}

function markdownTable(table: Table): string {
  const cell = (value: Cell) => (value === null ? '—' : String(value).replace(/\|/g, '\\|'));
  return [
    `| ${table.columns.join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
