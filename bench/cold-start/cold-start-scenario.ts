import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { DEFAULT_SEED_ARTICLE, PROJECT_ROOT } from '../../src/config';
import { ingestArticle } from '../../src/ingest';
import { applySchema } from '../../src/neo4j/apply-schema';
import { checkServer, type ServerInfo } from '../../src/neo4j/check-server';
import { connect } from '../../src/neo4j/driver';
import { findFreePort } from '../../src/neo4j/local/free-port';
import { startTemporaryNeo4j } from '../../src/neo4j/local/start-temporary-neo4j';
import { startBenchApi } from '../support/api';
import { machineInfo } from '../support/machine';
import type { ScenarioResult } from '../support/results';
import { progress } from '../support/run-scenario';
import { median, round, rounds } from '../support/stats';

export interface ColdStartOptions {
  runs: number;
  heap: string;
  command: string;
}

export const COLD_START_DEFAULTS = { runs: 3 };

const PHASES = ['Neo4j start', 'connect and check', 'schema', 'ingest seed', 'API start'] as const;
type Phase = (typeof PHASES)[number];

/**
 * Scenario 6: `npm start` from nothing to ready (a new Neo4j folder each time), end to end, and
 * the same steps timed one by one in this process to split the time.
 */
export async function runColdStartScenario(options: ColdStartOptions): Promise<ScenarioResult> {
  let server: ServerInfo | undefined;
  const phases: Record<Phase, number>[] = [];
  progress(`cold start: ${options.runs} runs`);
  const samples = await rounds(options.runs, {
    npmStart: () => timeNpmStart(options.heap),
    phases: async () => {
      const result = await timePhases(options.heap);
      server = result.server;
      phases.push(result.phases);
      return Object.values(result.phases).reduce((a, b) => a + b, 0);
    },
  });
  const total = median(samples.npmStart);
  const phaseTotal = median(samples.phases);
  const neo4jStart = median(phases.map((p) => p['Neo4j start']));
  return {
    scenario: 'cold-start',
    title: '6. Cold start',
    command: options.command,
    machine: machineInfo(server, options.heap),
    settings: { runs: options.runs, 'Neo4j folder': 'new for every run (first start: sets the initial password)' },
    targets: [
      {
        target: '`npm start` to ready, with its split (reported; no target)',
        measured: `${round(total / 1000)} s; Neo4j start is ${round((neo4jStart / phaseTotal) * 100)}% of the steps`,
        met: null,
      },
    ],
    tables: [
      {
        caption: '`npm start` (npm, tsx, local Neo4j, schema, seed, API) until it prints "Press Ctrl-C to stop"',
        columns: ['measure', 'median (s)'],
        rows: [['`npm start` to ready, end to end', round(total / 1000)]],
      },
      {
        caption: 'The same steps, each timed in this process (medians over runs)',
        columns: ['phase', 'median (s)', 'share of the steps'],
        rows: [
          ...PHASES.map((phase) => {
            const ms = median(phases.map((p) => p[phase]));
            return [phase, round(ms / 1000), `${round((ms / phaseTotal) * 100)}%`];
          }),
          ['all steps', round(phaseTotal / 1000), '100%'],
        ],
      },
    ],
    notes: [
      '`npm start` adds npm, tsx and module loading, and overlaps the steps (its API listens while Neo4j is prepared); the steps are timed one after another, in separate runs: compare shares, not sums.',
    ],
  };
}

async function timeNpmStart(heap: string): Promise<number> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-bench-start-'));
  const started = performance.now();
  // Its own process group, so SIGINT reaches npm, tsx and node alike.
  const child = spawn('npm', ['start'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: '',
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_HEAP: heap,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HTTP_PORT: String(await findFreePort()),
      PORT: String(await findFreePort()),
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const ready = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl-C to stop')) resolve(performance.now() - started);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    progress(`  npm start ready in ${round(ready / 1000)} s`);
    return ready;
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
    await exited;
    await rm(home, { recursive: true, force: true });
  }
}

async function timePhases(heap: string): Promise<{ phases: Record<Phase, number>; server: ServerInfo }> {
  const phases = {} as Record<Phase, number>;
  let last = performance.now();
  const lap = (phase: Phase) => {
    const now = performance.now();
    phases[phase] = now - last;
    last = now;
  };
  const local = await startTemporaryNeo4j({
    folderPrefix: 'news-graph-bench-phases-',
    heap,
    logger: pino({ level: 'warn' }),
  });
  lap('Neo4j start');
  const driver = await connect(local);
  try {
    const server = await checkServer(driver, local.database);
    lap('connect and check');
    await applySchema(driver, local.database);
    lap('schema');
    await ingestArticle(driver, local.database, DEFAULT_SEED_ARTICLE);
    lap('ingest seed');
    const api = await startBenchApi({ driver, database: local.database });
    lap('API start');
    await api.stop();
    progress(`  steps: ${PHASES.map((phase) => `${phase} ${round(phases[phase] / 1000)} s`).join(', ')}`);
    return { phases, server };
  } finally {
    await driver.close();
    await local.stop();
  }
}
