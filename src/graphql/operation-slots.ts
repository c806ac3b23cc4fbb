/** Why a request got no slot: the queue was full, its wait ran out, or its client went away. */
export type SlotRefusal = 'queue-full' | 'wait-expired' | 'client-gone';

export interface OperationSlotsOptions {
  /** Operations that may run at once. */
  maxRunning: number;
  /** Requests that may wait for a slot; 0 refuses at once when every slot is taken. */
  maxQueued: number;
  /** How long a request may wait for a slot before it is refused; 0 refuses at once. */
  maxWaitMs: number;
}

interface Waiter {
  grant(): void;
}

/**
 * A bounded number of slots with a bounded first-in, first-out wait for them. A request that
 * finds every slot taken waits, so that a short burst becomes latency rather than errors; but
 * never longer than `maxWaitMs` and never behind more than `maxQueued` others, and it leaves the
 * queue as soon as its client goes away, so that after an outage the queue cannot fill with
 * requests nobody waits for any more. A freed slot passes straight to the longest waiter:
 * a request that arrives meanwhile cannot take it first.
 */
export class OperationSlots {
  private running = 0;
  // A Set keeps insertion order (first in, first out) and lets a waiter leave from the middle.
  private readonly waiting = new Set<Waiter>();

  constructor(readonly options: OperationSlotsOptions) {}

  /**
   * Takes a slot, waiting for one if need be: resolves with 'granted' (the caller must then
   * `release()` it) or with the reason it was refused. The signal `clientGone` gives aborts the
   * wait; it is asked for only when the request has to wait, since most get a slot at once and
   * a signal costs more to make than the rest of taking a slot.
   */
  acquire(clientGone?: () => AbortSignal): Promise<'granted' | SlotRefusal> {
    const { maxRunning, maxQueued, maxWaitMs } = this.options;
    if (this.running < maxRunning) {
      this.running += 1;
      return Promise.resolve('granted');
    }
    if (this.waiting.size >= maxQueued || maxWaitMs === 0) return Promise.resolve('queue-full');
    const gone = clientGone?.();
    if (gone?.aborted) return Promise.resolve('client-gone');
    return new Promise((resolve) => {
      const leave = (outcome: 'granted' | SlotRefusal) => {
        clearTimeout(timer);
        gone?.removeEventListener('abort', onAbort);
        this.waiting.delete(waiter);
        resolve(outcome);
      };
      const onAbort = () => leave('client-gone');
      const waiter: Waiter = { grant: () => leave('granted') };
      const timer = setTimeout(() => leave('wait-expired'), maxWaitMs);
      gone?.addEventListener('abort', onAbort, { once: true });
      this.waiting.add(waiter);
    });
  }

  /** Gives a slot back: to the longest waiter if there is one. */
  release(): void {
    const next = this.waiting.values().next();
    if (!next.done) {
      next.value.grant();
      return;
    }
    this.running = Math.max(0, this.running - 1);
  }

  /** Operations running and requests waiting now (for metrics and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.size };
  }
}
