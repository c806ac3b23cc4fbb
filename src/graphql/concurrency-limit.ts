import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { httpExtension } from './error-conditions';
import { ApiErrorCode } from './api-error-code';
import type { Metrics } from '../metrics';
import type { OperationSlots, SlotRefusal } from './operation-slots';
import type { ApiContext } from './request-plugins';

/** What a refused request is told: why it got no slot, that nothing ran, and when to retry. */
export function serverBusyMessage(refusal: SlotRefusal, slots: OperationSlots): string {
  const { maxRunning, maxQueued, maxWaitMs } = slots.options;
  const why: Record<SlotRefusal, string> = {
    'queue-full':
      maxQueued === 0 || maxWaitMs === 0
        ? `The server is running ${maxRunning} queries, as many as it allows at once`
        : `The server is running ${maxRunning} queries, as many as it allows at once, and ${maxQueued} more are waiting`,
    'wait-expired': `The server is running ${maxRunning} queries, as many as it allows at once, and none finished within the ${maxWaitMs} ms this request may wait`,
    'client-gone': 'The client went away while this request waited for the server',
  };
  return `${why[refusal]}; nothing was read or written. Retry in a second.`;
}

/**
 * Bounds the GraphQL operations that run against Neo4j at once (MAX_CONCURRENT_REQUESTS). An
 * operation that finds every slot taken waits in a bounded queue for a bounded time
 * (operation-slots.ts), and only beyond either is it refused with 503 SERVER_BUSY and
 * Retry-After: short bursts become latency, while after an outage the queue cannot hold more
 * than its bound of requests, none older than its wait. A slot is held until execution ends,
 * past a request timeout too, since Neo4j is still working. Answers from the response cache are
 * served before Apollo runs and take no slot.
 */
export function concurrencyLimitPlugin(slots: OperationSlots, metrics?: Metrics): ApolloServerPlugin<ApiContext> {
  // What /metrics shows of the slots: how many run and wait now, and how long each request waited.
  const showLoad = () => {
    const { running, waiting } = slots.load;
    metrics?.operationSlots.set({ state: 'running' }, running);
    metrics?.operationSlots.set({ state: 'waiting' }, waiting);
  };
  return {
    requestDidStart({ contextValue }) {
      let holdsSlot = false;
      // Apollo runs the plugins' didResolveOperation hooks together: when another one refuses the
      // request, the answer goes out while this one may still wait, and must not take a slot after.
      let answered = false;
      // Made only when the request has to wait (most get a slot at once): signals cost more than the rest.
      let stopWaiting: AbortController | undefined;
      return Promise.resolve({
        async didResolveOperation() {
          const asked = performance.now();
          const acquiring = slots.acquire(() => {
            stopWaiting = new AbortController();
            return AbortSignal.any([contextValue.clientGone(), stopWaiting.signal]);
          });
          showLoad();
          const outcome = await acquiring;
          metrics?.slotWait.observe({ outcome }, (performance.now() - asked) / 1000);
          showLoad();
          if (answered) {
            if (outcome === 'granted') slots.release();
            return;
          }
          if (outcome !== 'granted') {
            throw new GraphQLError(serverBusyMessage(outcome, slots), {
              extensions: { code: ApiErrorCode.SERVER_BUSY, http: httpExtension(ApiErrorCode.SERVER_BUSY) },
            });
          }
          holdsSlot = true;
        },
        willSendResponse() {
          answered = true;
          stopWaiting?.abort();
          if (holdsSlot) slots.release();
          holdsSlot = false;
          showLoad();
          return Promise.resolve();
        },
      });
    },
  };
}
