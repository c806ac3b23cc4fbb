import type { Driver } from 'neo4j-driver';
import { isUnavailableError } from './map-neo4j-error';
import type { Logger } from 'pino';

export type ReadinessState = 'starting' | 'warming' | 'ready' | 'unavailable' | 'failed';

export interface ReadinessOptions {
  driver: Driver;
  database: string;
  logger: Logger;
  /** Runs once, the first time Neo4j answers (apply the schema, ingest the seed). */
  prepare?: () => Promise<void>;
  /**
   * Runs each time Neo4j answers after not answering (first start, restart, outage), before the
   * API says it is ready: plans the API's statements while no request waits on them.
   */
  warmUp?: () => Promise<void>;
  /** First wait between probes while Neo4j is away; doubles up to maxRetryDelayMs. */
  initialRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** How often a ready server is checked, to notice an outage no request has hit. */
  checkIntervalMs?: number;
  /** Errors that retrying cannot fix (Neo4j too old, APOC missing, an invalid seed): stop trying. */
  isFatal?: (error: unknown) => boolean;
}

/**
 * Whether the API's Neo4j can answer now. It probes with backoff while Neo4j is away and
 * re-checks now and then while it is up; a request that meets an unavailable database reports
 * it at once, so the next requests fail fast instead of each waiting on the driver's timeouts.
 */
export class DatabaseReadiness {
  private currentState: ReadinessState = 'starting';
  private currentReason = 'connecting to Neo4j';
  private prepared = false;
  private stopped = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly listeners = new Set<(state: ReadinessState) => void>();
  private fatalError: Error | undefined;

  constructor(private readonly options: ReadinessOptions) {}

  get state(): ReadinessState {
    return this.currentState;
  }

  /** Why the database is not ready; undefined when it is. */
  get reason(): string | undefined {
    return this.currentState === 'ready' ? undefined : this.currentReason;
  }

  isReady(): boolean {
    return this.currentState === 'ready';
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Resolves once Neo4j has answered and the preparation has run; rejects on a fatal error. */
  whenReady(): Promise<void> {
    if (this.isReady()) return Promise.resolve();
    if (this.fatalError) return Promise.reject(this.fatalError);
    return new Promise((resolve, reject) => {
      const listener = (state: ReadinessState) => {
        if (state !== 'ready' && state !== 'failed') return;
        this.listeners.delete(listener);
        if (state === 'ready') resolve();
        else reject(this.fatalError ?? new Error('Neo4j readiness failed'));
      };
      this.listeners.add(listener);
    });
  }

  /** A request met an unavailable database: stop serving until a probe succeeds. */
  reportFailure(error: unknown): void {
    if (!isUnavailableError(error) || this.currentState !== 'ready') return;
    this.setState('unavailable', describe(error));
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { initialRetryDelayMs = 250, maxRetryDelayMs = 2000, checkIntervalMs = 5000 } = this.options;
    let delay = initialRetryDelayMs;
    while (!this.stopped) {
      try {
        await this.options.driver.verifyConnectivity({ database: this.options.database });
        if (!this.prepared) {
          await this.options.prepare?.();
          this.prepared = true;
        }
        if (this.currentState !== 'ready' && this.options.warmUp) {
          this.setState('warming', "warming up: planning the API's queries on a Neo4j that has just started");
          await this.options.warmUp();
        }
        if (this.currentState !== 'ready') this.options.logger.info('Neo4j is available: the API is ready');
        this.setState('ready');
        delay = initialRetryDelayMs;
        await this.sleep(checkIntervalMs);
      } catch (error) {
        if (this.options.isFatal?.(error)) {
          this.fatalError = error instanceof Error ? error : new Error(String(error));
          this.setState('failed', describe(error));
          return;
        }
        if (this.currentState !== 'unavailable' || this.currentReason !== describe(error)) {
          this.options.logger.warn(
            { err: error },
            `Neo4j is not available; retrying every ${maxRetryDelayMs} ms at most`,
          );
        }
        this.setState('unavailable', describe(error));
        await this.sleep(delay);
        delay = Math.min(delay * 2, maxRetryDelayMs);
      }
    }
  }

  private setState(state: ReadinessState, reason?: string): void {
    this.currentState = state;
    if (reason) this.currentReason = reason;
    for (const listener of [...this.listeners]) listener(state);
  }

  /** Waits `ms`, or less when wake() is called (a request saw an outage, or stop()). */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
