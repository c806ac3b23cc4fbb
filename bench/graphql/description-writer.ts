import type { BenchNeo4j } from '../support/bench-neo4j';

export interface DescriptionWriter {
  /** Writes made so far. */
  count(): number;
  /** Stops writing and waits for the last write. */
  stop(): Promise<void>;
}

/**
 * Another client writing to the graph every `intervalMs`: it corrects the description of the
 * entity the next request body asks about (`variables.id`), as an edit or an ingest would.
 */
export function startDescriptionWriter(
  neo4j: Pick<BenchNeo4j, 'driver' | 'database'>,
  bodies: readonly string[],
  intervalMs = 1000,
): DescriptionWriter {
  let count = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const { variables } = JSON.parse(bodies[count % bodies.length]!) as { variables: { id: string } };
    count += 1;
    pending = neo4j.driver.executeQuery(
      'MATCH (e:Entity {id: $id}) SET e.description = $description',
      { id: variables.id, description: `corrected ${count}` },
      { database: neo4j.database },
    );
  }, intervalMs);
  return {
    count: () => count,
    stop: async () => {
      clearInterval(timer);
      await pending;
    },
  };
}
