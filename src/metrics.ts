import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The Prometheus metrics the API exposes at /metrics. One registry per server, not a global. */
export interface Metrics {
  registry: Registry;
  /** GraphQL requests by operation name and outcome (success, error, rejected, unavailable). */
  requests: Counter<'operation' | 'outcome'>;
  requestDuration: Histogram<'operation' | 'outcome'>;
  /** Errors Neo4j or its driver raised, by code. */
  neo4jErrors: Counter<'code'>;
  /** Articles ingested, by outcome (created, replaced, unchanged). */
  ingestedArticles: Counter<'outcome'>;
  /** GraphQL requests the response cache answered (hit), computed and offered to it (miss), or passed by (bypass). */
  responseCache: Counter<'result'>;
  /** Graph changes the response cache saw: described by the change log (some answers dropped), or not (all dropped). */
  responseCacheChanges: Counter<'change'>;
  /** GraphQL operations running against Neo4j and requests waiting for a slot, now. */
  operationSlots: Gauge<'state'>;
  /** How long a request waited for a slot, by outcome (granted, queue-full, wait-expired, client-gone). */
  slotWait: Histogram<'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  // Process metrics: CPU, memory, event-loop delay (nodejs_eventloop_lag_*), open handles.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    requestDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    neo4jErrors: new Counter({
      name: 'neo4j_errors_total',
      help: 'Errors raised by Neo4j or its driver, by code.',
      labelNames: ['code'],
      registers: [registry],
    }),
    ingestedArticles: new Counter({
      name: 'ingested_articles_total',
      help: 'Articles ingested, by outcome.',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    responseCache: new Counter({
      name: 'graphql_response_cache_total',
      help: "GraphQL requests by response cache result: hit, coalesced (answered with a running identical query's answer), miss or bypass.",
      labelNames: ['result'],
      registers: [registry],
    }),
    responseCacheChanges: new Counter({
      name: 'graphql_response_cache_changes_total',
      help: 'Graph changes the response cache saw: change="described" (by the change log: only the answers they can change dropped) or "unknown" (every answer dropped).',
      labelNames: ['change'],
      registers: [registry],
    }),
    operationSlots: new Gauge({
      name: 'graphql_operation_slots',
      help: 'GraphQL operations running against Neo4j (state="running") and requests waiting for a slot (state="waiting").',
      labelNames: ['state'],
      registers: [registry],
    }),
    slotWait: new Histogram({
      name: 'graphql_slot_wait_seconds',
      help: 'How long a GraphQL request waited for a slot, by outcome: granted, queue-full, wait-expired or client-gone.',
      labelNames: ['outcome'],
      buckets: [0.001, 0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}
