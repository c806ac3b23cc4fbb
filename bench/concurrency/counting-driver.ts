import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface RetryCounters {
  /** Transaction functions started, first tries and retries alike. */
  attempts: number;
  /** Transaction functions executeWrite called, once each. */
  calls: number;
  /** Errors seen inside transaction functions, by Neo4j code (deadlocks among them). */
  errors: Record<string, number>;
}

/**
 * The same driver, except that every executeWrite's transaction function is counted: each call
 * after the first for one executeWrite is a retry (the driver retries transient errors such as
 * deadlocks on its own, so they are otherwise invisible to the caller).
 */
export function countingDriver(driver: Driver, counters: RetryCounters): Driver {
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeWrite') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: Parameters<Session['executeWrite']>[1]) => {
            counters.calls += 1;
            return target.executeWrite(async (tx) => {
              counters.attempts += 1;
              try {
                return await work(tx);
              } catch (error) {
                const code = (error as { code?: string }).code ?? 'unknown';
                counters.errors[code] = (counters.errors[code] ?? 0) + 1;
                throw error;
              }
            }, config);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session')
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
