import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { concurrencyLimitPlugin } from './concurrency-limit';
import { OperationSlots } from './operation-slots';
import type { ApiContext } from './request-plugins';

/** Another plugin that refuses the operation named Refused, after a tick, as an async check would. */
const refuseLater: ApolloServerPlugin<ApiContext> = {
  requestDidStart: () =>
    Promise.resolve({
      async didResolveOperation({ operationName }) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (operationName === 'Refused') throw new GraphQLError('refused by another check');
      },
    }),
};

describe('concurrencyLimitPlugin', () => {
  it('takes a request out of the queue when another plugin refuses it, and never gives it a slot after', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 4, maxWaitMs: 5000 });
    const apollo = new ApolloServer<ApiContext>({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hello' } },
      plugins: [concurrencyLimitPlugin(slots), refuseLater],
    });
    await apollo.start();
    const contextValue = () => ({ clientGone: () => new AbortController().signal }) as unknown as ApiContext;
    try {
      expect(await slots.acquire()).toBe('granted');
      const refused = await apollo.executeOperation(
        { query: 'query Refused { hello }' },
        { contextValue: contextValue() },
      );
      expect(refused.body.kind === 'single' && refused.body.singleResult.errors?.[0]?.message).toBe(
        'refused by another check',
      );
      expect(slots.load).toEqual({ running: 1, waiting: 0 });
      slots.release();
      expect(slots.load).toEqual({ running: 0, waiting: 0 });
      const answered = await apollo.executeOperation(
        { query: 'query Hello { hello }' },
        { contextValue: contextValue() },
      );
      expect(answered.body.kind === 'single' && answered.body.singleResult.data).toEqual({ hello: 'hello' });
      expect(slots.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      await apollo.stop();
    }
  });

  it('makes no abort signal for a request that gets a slot at once', async () => {
    const slots = new OperationSlots({ maxRunning: 1, maxQueued: 4, maxWaitMs: 5000 });
    const apollo = new ApolloServer<ApiContext>({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hello' } },
      plugins: [concurrencyLimitPlugin(slots)],
    });
    await apollo.start();
    const clientGone = jest.fn(() => new AbortController().signal);
    try {
      const answered = await apollo.executeOperation(
        { query: 'query Hello { hello }' },
        { contextValue: { clientGone } as unknown as ApiContext },
      );
      expect(answered.body.kind === 'single' && answered.body.singleResult.data).toEqual({ hello: 'hello' });
      expect(clientGone).not.toHaveBeenCalled();
      expect(slots.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      await apollo.stop();
    }
  });
});
