import type { Driver, EagerResult, ProfiledPlan } from 'neo4j-driver';

export interface QueryProfile {
  calls: number;
  dbHits: number;
  /** Operators across every call, to tell an index seek from a scan. */
  operators: Set<string>;
}

/**
 * A driver whose `executeQuery` runs each query under PROFILE and adds its database hits to
 * `profiles`, keyed by `label(query)`: the real statements with the real parameters, counted in
 * a cost that machine noise does not change. Everything else is the wrapped driver's.
 */
export function profilingDriver(
  driver: Driver,
  label: (query: string) => string,
): { driver: Driver; profiles: Map<string, QueryProfile> } {
  const profiles = new Map<string, QueryProfile>();
  const executeQuery = async (query: string, ...rest: unknown[]) => {
    const run = driver.executeQuery.bind(driver) as (...args: unknown[]) => Promise<EagerResult>;
    const result = await run(`PROFILE ${query}`, ...rest);
    const profile = profiles.get(label(query)) ?? { calls: 0, dbHits: 0, operators: new Set<string>() };
    const walk = (node: ProfiledPlan): number => {
      profile.operators.add(node.operatorType.replace(/@.*$/, ''));
      return node.dbHits + node.children.reduce((sum, child) => sum + walk(child), 0);
    };
    profile.calls += 1;
    if (result.summary.profile) profile.dbHits += walk(result.summary.profile);
    profiles.set(label(query), profile);
    return result;
  };
  const wrapped = new Proxy(driver, {
    get: (target, property, receiver) =>
      property === 'executeQuery' ? executeQuery : (Reflect.get(target, property, receiver) as unknown),
  });
  return { driver: wrapped, profiles };
}
