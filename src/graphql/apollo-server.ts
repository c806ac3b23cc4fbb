import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ApiLimits } from '../config';
import type { Metrics } from '../metrics';
import type { DatabaseReadiness } from '../neo4j/database-readiness';
import { argumentChecksPlugin } from './argument-checks';
import { loadCostModel } from './build-schema';
import { concurrencyLimitPlugin } from './concurrency-limit';
import { createErrorFormatter } from './format-error';
import { noStorePlugin } from './no-store';
import { OperationSlots } from './operation-slots';
import { queryCostPlugin } from './query-cost';
import { queryLimitRules } from './query-limits';
import type { ResponseCache } from './response-cache';
import { observabilityPlugin, readinessPlugin, type ApiContext } from './request-plugins';
import { tokenClaimsPlugin } from './token-claims';

export interface ApolloServerOptions {
  schema: GraphQLSchema;
  production: boolean;
  logger: Logger;
  limits: ApiLimits;
  readiness: DatabaseReadiness;
  metrics: Metrics;
  /** Answers anonymous queries from memory while the graph has not changed; none when off. */
  responseCache?: ResponseCache;
}

/**
 * The Apollo server, started: the query limits checked before any Cypher runs, then readiness and
 * the concurrency limit, with errors shaped for production or development.
 */
export async function startApolloServer(
  options: ApolloServerOptions,
  httpServer: http.Server,
): Promise<ApolloServer<ApiContext>> {
  const { limits } = options;
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // No "Did you mean …" in production: with introspection off, suggestions would reveal the schema.
    hideSchemaDetailsFromClientErrors: options.production,
    // The command that owns the process decides when to stop (it also stops Neo4j after).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    formatError: createErrorFormatter(options.production, limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads Apollo Sandbox from a CDN; ideRoute serves GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints per field serve nothing here (the schema has none): one header instead.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      tokenClaimsPlugin(),
      argumentChecksPlugin(),
      queryCostPlugin(limits.maxCost, loadCostModel),
      readinessPlugin(options.readiness),
      concurrencyLimitPlugin(
        new OperationSlots({
          maxRunning: limits.maxConcurrentRequests,
          maxQueued: limits.maxQueuedRequests,
          maxWaitMs: limits.queueTimeoutMs,
        }),
        options.metrics,
      ),
      observabilityPlugin(options.metrics),
      ...(options.responseCache ? [options.responseCache.plugin()] : []),
    ],
    logger: options.logger,
  });
  await apollo.start();
  return apollo;
}
