import { OperationSlots } from './operation-slots';

const settled = async <T>(promise: Promise<T>): Promise<T | 'pending'> =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')))]);

describe('OperationSlots', () => {
  // setImmediate stays real: `settled` uses it to see whether a promise is still pending.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('grants free slots at once, then makes the next request wait until one is released', async () => {
    const slots = new OperationSlots({ maxRunning: 2, maxQueued: 4, maxWaitMs: 1000 });
    expect(await slots.acquire()).toBe('granted');
    expect(await slots.acquire()).toBe('granted');
    const third = slots.acquire();
    expect(await settled(third)).toBe('pending');
    expect(slots.load).toEqual({ running: 2, waiting: 1 });
    slots.release();
    expect(await third).toBe('granted');
    expect(slots.load).toEqual({ running: 2, waiting: 0 });
  });

  it('hands a freed slot to the longest waiter, not to a request that arrives meanwhile', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 4, maxWaitMs: 1000 });
    await slots.acquire();
    const order: string[] = [];
    const first = slots.acquire().then((outcome) => order.push(`first ${outcome}`));
    const second = slots.acquire().then((outcome) => order.push(`second ${outcome}`));
    slots.release();
    const late = slots.acquire();
    await first;
    expect(order).toEqual(['first granted']);
    slots.release();
    await second;
    expect(order).toEqual(['first granted', 'second granted']);
    expect(await settled(late)).toBe('pending');
  });

  it('refuses a request when the queue is full, and one whose wait runs out', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 1, maxWaitMs: 1000 });
    await slots.acquire();
    const waiting = slots.acquire();
    expect(await slots.acquire()).toBe('queue-full');
    jest.advanceTimersByTime(999);
    expect(await settled(waiting)).toBe('pending');
    jest.advanceTimersByTime(1);
    expect(await waiting).toBe('wait-expired');
    expect(slots.load).toEqual({ running: 1, waiting: 0 });
  });

  it('refuses at once when no queue is allowed', async () => {
    const noQueue = new OperationSlots({ maxRunning: 1, maxQueued: 0, maxWaitMs: 1000 });
    const noWait = new OperationSlots({ maxRunning: 1, maxQueued: 10, maxWaitMs: 0 });
    for (const slots of [noQueue, noWait]) {
      expect(await slots.acquire()).toBe('granted');
      expect(await slots.acquire()).toBe('queue-full');
    }
  });

  it('lets a request whose client went away leave the queue, making room for another', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 1, maxWaitMs: 1000 });
    await slots.acquire();
    const client = new AbortController();
    const gone = slots.acquire(() => client.signal);
    client.abort();
    expect(await gone).toBe('client-gone');
    const next = slots.acquire();
    expect(slots.load).toEqual({ running: 1, waiting: 1 });
    slots.release();
    expect(await next).toBe('granted');
    expect(await slots.acquire(() => AbortSignal.abort())).toBe('client-gone');
  });

  it('asks for the signal that ends a wait only when the request has to wait', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 1, maxWaitMs: 1000 });
    const client = new AbortController();
    const clientGone = jest.fn(() => client.signal);
    expect(await slots.acquire(clientGone)).toBe('granted');
    expect(clientGone).not.toHaveBeenCalled();
    const waiting = slots.acquire(clientGone);
    expect(clientGone).toHaveBeenCalledTimes(1);
    client.abort();
    expect(await waiting).toBe('client-gone');
  });

  it('frees the slot when the last operation is released', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 1, maxWaitMs: 1000 });
    await slots.acquire();
    slots.release();
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
    expect(await slots.acquire()).toBe('granted');
  });
});
