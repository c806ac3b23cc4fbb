import { runCommand } from '../../src/cli/run-command';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { saveScenario, type ScenarioResult } from './results';

export const DEFAULT_HEAP = '1g';

/** Progress lines on stderr, so a scenario's output can be piped. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/**
 * Runs one scenario as a command: starts a throwaway Neo4j, runs, saves the figures (and
 * re-renders bench/results.md), and always stops the JVM, on Ctrl-C too.
 */
export function runScenarioCommand(heap: string, scenario: (neo4j: BenchNeo4j) => Promise<ScenarioResult>): void {
  runCommand(async () => {
    const result = await withBenchNeo4j(heap, scenario);
    await saveScenario(result);
    progress(`${result.title}: saved; bench/results.md updated`);
    for (const target of result.targets) {
      progress(
        `  ${target.target}: ${target.measured} (${target.met === null ? 'not measured' : target.met ? 'met' : 'MISSED'})`,
      );
    }
  });
}

/** Starts a Neo4j for `work`, and stops it when `work` ends, fails, or the process is interrupted. */
export async function withBenchNeo4j<T>(heap: string, work: (neo4j: BenchNeo4j) => Promise<T>): Promise<T> {
  progress(`starting a throwaway Neo4j (heap ${heap})`);
  const neo4j = await startBenchNeo4j(heap);
  const onSignal = () => {
    progress('interrupted: stopping Neo4j');
    void neo4j.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work(neo4j);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress('stopping Neo4j');
    await neo4j.stop();
  }
}
