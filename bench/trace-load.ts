import { readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { runCommand } from '../src/cli/run-command';
import { appRequests } from './graphql/app-requests';
import { startDescriptionWriter } from './graphql/description-writer';
import { startBenchApi } from './support/api';
import { integer } from './support/cli-options';
import { fillDatabase } from './support/fill';
import { runLoad } from './support/load-test';
import { analyseTrace, ServerTrace, type ClientTraceFile } from './support/request-trace';
import { DEFAULT_HEAP, progress, withBenchNeo4j } from './support/run-scenario';
import { round } from './support/stats';

const options = new Command('bench:trace-load')
  .description(
    "Where a hit's time goes under scenario 4's load: every request timed from autocannon to the API and back, with the change marker's reads and both processes' GC pauses.",
  )
  .option('--articles <n>', 'synthetic articles besides the seed', integer, 1000)
  .option('--connections <n>', 'autocannon connections', integer, 50)
  .option('--duration <seconds>', 'seconds per arm', integer, 20)
  .option('--seed <n>', 'corpus seed', integer, 1)
  .option('--heap <size>', 'Neo4j heap', DEFAULT_HEAP)
  .parse()
  .opts<{ articles: number; connections: number; duration: number; seed: number; heap: string }>();

/** Busy and total jiffies of every core so far (/proc/stat). */
async function cpuTimes(): Promise<{ busy: number; total: number }> {
  const [line = ''] = (await readFile('/proc/stat', 'utf8')).split('\n');
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Nanoseconds the threads of a process have waited for a CPU so far (/proc/<pid>/task/<tid>/schedstat). */
async function runQueueWaitNs(pid: number | 'self', mainThreadOnly = false): Promise<number> {
  const tasks = mainThreadOnly ? [String(pid === 'self' ? process.pid : pid)] : await readdir(`/proc/${pid}/task`);
  let sum = 0;
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/schedstat`, 'utf8').catch(() => '0 0 0');
    sum += Number(text.split(' ')[1] ?? 0);
  }
  return sum;
}

/** The bench's Neo4j JVM: the java process started from the bench's temporary folder. */
async function neo4jPid(): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('news-graph-bench-neo4j-') && cmdline.includes('java')) return Number(entry);
  }
  return undefined;
}

runCommand(() =>
  withBenchNeo4j(options.heap, async (neo4j) => {
    progress(`ingesting ${options.articles} articles`);
    await fillDatabase(neo4j, { seed: options.seed }, options.articles);
    const { bodies } = appRequests(options.seed, options.articles, 5000);
    const trace = new ServerTrace();
    const api = await startBenchApi(neo4j, { trace });
    try {
      const jvm = await neo4jPid();
      progress('warming up');
      await runLoad({ url: api.url, connections: options.connections, durationSeconds: 10, bodies });
      for (const writes of [false, true]) {
        const traceFile = path.join(os.tmpdir(), `trace-load-${process.pid}.json`);
        const writer = writes ? startDescriptionWriter(neo4j, bodies, 1000) : undefined;
        const cpuBefore = await cpuTimes();
        const usageBefore = process.cpuUsage();
        const waitBefore = { api: await runQueueWaitNs('self', true), jvm: jvm ? await runQueueWaitNs(jvm) : 0 };
        trace.start();
        const { load, eventLoop } = await runLoad({
          url: api.url,
          connections: options.connections,
          durationSeconds: options.duration,
          bodies,
          traceFile,
        });
        const serverGc = trace.stop();
        const usage = process.cpuUsage(usageBefore);
        const waited = {
          api: (await runQueueWaitNs('self', true)) - waitBefore.api,
          jvm: jvm ? (await runQueueWaitNs(jvm)) - waitBefore.jvm : Number.NaN,
        };
        const cpuAfter = await cpuTimes();
        await writer?.stop();
        const client = JSON.parse(await readFile(traceFile, 'utf8')) as ClientTraceFile;
        await rm(traceFile, { force: true });
        const seconds = options.duration;
        const [load1] = os.loadavg();
        const lines = [
          `${writes ? '+ 1 write/s' : 'reads only'}: ${load.requests} requests, ${round(load.requestsPerSecond)} req/s, autocannon p50 ${load.p50} p95 ${load.p95} p99 ${load.p99} ms (p99/p50 ${round(load.p99 / load.p50)}); load average ${round(load1 ?? 0)}`,
          `CPU: machine busy ${round(((cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total)) * 100)} % of ${os.cpus().length} cores; API process ${round((usage.user + usage.system) / 1e4 / seconds)} % of a core; autocannon ${round(client.cpuMs / 10 / seconds)} % of a core (its whole life)`,
          `waiting for a CPU (run queue): API main thread ${round(waited.api / 1e7 / seconds)} % of the time; Neo4j's threads together ${round(waited.jvm / 1e9)} s in ${seconds} s; autocannon's main thread ${round(client.runQueueWaitMs / 10 / seconds)} % (its whole life)`,
          `API event-loop delay p50 ${round(eventLoop.p50)} ms, p99 ${round(eventLoop.p99)} ms, max ${round(eventLoop.max)} ms`,
          ...analyseTrace(client, serverGc, trace.reads, options.connections),
        ];
        process.stdout.write(`${lines.join('\n')}\n\n`);
      }
    } finally {
      await api.stop();
      await neo4j.reset();
    }
  }),
);
