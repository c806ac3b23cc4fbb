import { GraphQLError } from 'graphql';
import { createErrorFormatter } from './format-error';

const limits = { transactionTimeoutMs: 10000 };

describe('the error formatter', () => {
  // An error nothing maps: what a bug or an unforeseen database refusal looks like to the formatter.
  const unexpected = new GraphQLError('Neo4jError: Invalid input -5 for SKIP in MATCH (this:Person) SKIP $skip', {
    path: ['peopleConnection'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at /work/src/x.ts:1'] },
  });

  it('masks an unexpected error in production: no message, Cypher or stack trace', () => {
    const formatted = createErrorFormatter(true, limits)(unexpected.toJSON(), unexpected);
    expect(formatted).toEqual({
      message: 'Internal server error. The server log has the details.',
      path: ['peopleConnection'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('shows it whole in development', () => {
    const formatted = createErrorFormatter(false, limits)(unexpected.toJSON(), unexpected);
    expect(formatted.message).toMatch(/SKIP/);
  });

  it('lets a client error through in production with its message', () => {
    const refused = new GraphQLError('`offset` of Query.people is -1; it must be 0 or more.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(createErrorFormatter(true, limits)(refused.toJSON(), refused)).toMatchObject({
      message: refused.message,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
