import type { Driver, ProfiledPlan } from 'neo4j-driver';

/** The total database hits of a query's PROFILE: a cost that does not depend on machine noise. */
export async function profileDbHits(
  driver: Driver,
  database: string,
  query: string,
  parameters: Record<string, unknown>,
): Promise<{ dbHits: number; operators: string[] }> {
  const { summary } = await driver.executeQuery(`PROFILE ${query}`, parameters, { database, routing: 'READ' });
  const plan = summary.profile;
  if (!plan) throw new Error('PROFILE returned no plan');
  const operators: string[] = [];
  const walk = (node: ProfiledPlan): number => {
    operators.push(node.operatorType.replace(/@.*$/, ''));
    return node.dbHits + node.children.reduce((sum, child) => sum + walk(child), 0);
  };
  return { dbHits: walk(plan), operators };
}

/** True when a plan starts from an index (a seek or a fulltext procedure), not a scan. */
export function isIndexBacked(operators: readonly string[]): boolean {
  const scans = operators.filter((op) =>
    /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|AllRelationshipsScan/.test(op),
  );
  return scans.length === 0;
}
