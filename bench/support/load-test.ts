import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../src/config';

export interface LoadSettings {
  url: string;
  connections: number;
  durationSeconds: number;
  /** JSON request bodies, sent in turn by each connection. */
  bodies: string[];
  /**
   * Where to write every request's trace (bench/support/request-trace.ts): each request is sent
   * with an `x-trace-sent` header (monotonic clock, ms), and the answer's `x-trace` header, the
   * server's own times, is kept with the time the answer was read.
   */
  traceFile?: string;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  /** Latency percentiles over every response, milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** HTTP 200 answers whose body holds GraphQL errors. */
  errorBodies: number;
  /** Answers by HTTP status other than 200. */
  otherStatuses: Record<string, number>;
}

export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
}

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = path.join(PROJECT_ROOT, 'bench', 'support', 'autocannon-child.ts');

/**
 * Sends load with autocannon from a child process while this process (which serves the API)
 * records its own event-loop delay.
 */
export async function runLoad(settings: LoadSettings): Promise<{ load: LoadFigures; eventLoop: EventLoopDelay }> {
  // The settings go in a file: thousands of bodies are longer than one command-line argument may be.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-load-'));
  const settingsFile = path.join(folder, 'settings.json');
  await writeFile(settingsFile, JSON.stringify(settings));
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const load = await new Promise<LoadFigures>((resolve, reject) => {
      const child = spawn(TSX, [CHILD, settingsFile], { stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code === 0) resolve(JSON.parse(output) as LoadFigures);
        else reject(new Error(`autocannon exited with ${code}: ${output}`));
      });
    });
    const ms = (ns: number) => ns / 1e6;
    return {
      load,
      eventLoop: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) },
    };
  } finally {
    histogram.disable();
    await rm(folder, { recursive: true, force: true });
  }
}
