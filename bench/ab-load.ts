import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { runCommand } from '../src/cli/run-command';
import { PROJECT_ROOT } from '../src/config';
import { appRequests } from './graphql/app-requests';
import { startDescriptionWriter } from './graphql/description-writer';
import { startBenchApi } from './support/api';
import type { BenchNeo4j } from './support/bench-neo4j';
import { integer } from './support/cli-options';
import { fillDatabase } from './support/fill';
import { runLoad } from './support/load-test';
import { DEFAULT_HEAP, progress, withBenchNeo4j } from './support/run-scenario';
import { median, round } from './support/stats';

/** An API to compare: the bench API's options, and Node's flags for one in a process of its own. */
interface Variant {
  options?: Parameters<typeof startBenchApi>[1];
  /** Node's flags: the API then runs in a process of its own (support/api-process.ts). */
  nodeFlags?: string[];
}

/**
 * The variants compared: each an API against the same Neo4j, measured in alternation so the
 * machine's drift hits each alike. Here: the default, where every hit waits for a change-marker
 * read that starts after it arrives, against RESPONSE_CACHE_STALENESS_MS=1000, where nearly none
 * waits (what the wait costs the tail). Node's flags were compared the same way, each API in its
 * own process: `{ nodeFlags: [] }` against `{ nodeFlags: ['--max-semi-space-size=64'] }`.
 */
const VARIANTS: Record<string, Variant> = {
  'RESPONSE_CACHE_STALENESS_MS=0 (default)': {},
  'RESPONSE_CACHE_STALENESS_MS=1000': { options: { responseCacheStalenessMs: 1000 } },
};

const API_PROCESS = path.join(PROJECT_ROOT, 'bench', 'support', 'api-process.ts');

/** Starts a variant's API: in this process, or in its own with its Node flags. */
async function startVariant(neo4j: BenchNeo4j, variant: Variant): Promise<{ url: string; stop(): Promise<void> }> {
  if (!variant.nodeFlags) return startBenchApi(neo4j, variant.options);
  const child = spawn(
    process.execPath,
    [
      ...variant.nodeFlags,
      '--import',
      'tsx',
      API_PROCESS,
      JSON.stringify({ connection: neo4j.connection, options: variant.options ?? {} }),
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n')[0];
      if (output.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const options = new Command('bench:ab-load')
  .description(
    "Scenario 4's load (50 connections, the app mix, response cache on) against variants of the API, alternating, with and without a write a second.",
  )
  .option('--articles <n>', 'synthetic articles besides the seed', integer, 1000)
  .option('--connections <n>', 'autocannon connections', integer, 50)
  .option('--duration <seconds>', 'seconds per arm', integer, 20)
  .option('--rounds <n>', 'rounds; each measures every variant once per writes setting', integer, 2)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ articles: number; connections: number; duration: number; rounds: number; seed: number; heap: string }>();

interface Arm {
  variant: string;
  writes: boolean;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
  load1: number;
}

runCommand(() =>
  withBenchNeo4j(options.heap, async (neo4j) => {
    progress(`ingesting ${options.articles} articles`);
    await fillDatabase(neo4j, { seed: options.seed }, options.articles);
    const { bodies } = appRequests(options.seed, options.articles, 5000);
    const names = Object.keys(VARIANTS);
    const apis = new Map<string, Awaited<ReturnType<typeof startVariant>>>();
    try {
      for (const name of names) apis.set(name, await startVariant(neo4j, VARIANTS[name]!));
      const load = (name: string, durationSeconds: number) =>
        runLoad({ url: apis.get(name)!.url, connections: options.connections, durationSeconds, bodies });
      for (const name of names) {
        progress(`warming up ${name}`);
        await load(name, 10);
      }
      const arms: Arm[] = [];
      for (let pass = 0; pass < options.rounds; pass += 1) {
        for (const writes of [false, true]) {
          // The order turns from arm to arm: each variant goes first as often as the others.
          const shift = (pass * 2 + (writes ? 1 : 0)) % names.length;
          const order = [...names.slice(shift), ...names.slice(0, shift)];
          for (const variant of order) {
            await load(variant, 5);
            const writer = writes ? startDescriptionWriter(neo4j, bodies, 1000) : undefined;
            const { load: figures } = await load(variant, options.duration).finally(() => writer?.stop());
            const arm: Arm = {
              variant,
              writes,
              p50: figures.p50,
              p95: figures.p95,
              p99: figures.p99,
              requestsPerSecond: figures.requestsPerSecond,
              errors: figures.errors + figures.timeouts + figures.non2xx + figures.errorBodies,
              load1: os.loadavg()[0] ?? 0,
            };
            arms.push(arm);
            progress(
              `  ${variant}, ${writes ? '+ 1 write/s' : 'reads only'}: ${round(arm.requestsPerSecond)} req/s, p50 ${round(arm.p50)} p95 ${round(arm.p95)} p99 ${round(arm.p99)} ms, p99/p50 ${round(arm.p99 / arm.p50)}, errors ${arm.errors}, load average ${round(arm.load1)}`,
            );
          }
        }
      }
      const lines = ['variant | writes | p50 | p95 | p99 | p99/p50 (median of rounds) | per round | req/s | errors'];
      for (const writes of [false, true]) {
        for (const variant of names) {
          const mine = arms.filter((arm) => arm.variant === variant && arm.writes === writes);
          const m = (pick: (arm: Arm) => number) => round(median(mine.map(pick)));
          lines.push(
            `${variant} | ${writes ? '+ 1 write/s' : 'reads only'} | ${m((a) => a.p50)} | ${m((a) => a.p95)} | ${m((a) => a.p99)} | ${m((a) => a.p99 / a.p50)} | ${mine.map((a) => round(a.p99 / a.p50)).join(', ')} | ${m((a) => a.requestsPerSecond)} | ${mine.reduce((sum, a) => sum + a.errors, 0)}`,
          );
        }
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      for (const api of apis.values()) await api.stop();
      await neo4j.reset();
    }
  }),
);
