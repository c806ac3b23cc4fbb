import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors';

/** Maps the driver's errors to the project's errors, in one place, with what to do about them. */
export function mapNeo4jError(error: unknown, uri: string): Error {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return new AppError(
        'NEO4J_AUTH_FAILED',
        `Neo4j at ${uri} refused the credentials. Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
        { cause: error },
      );
    }
    if (isUnavailableError(error)) {
      return new AppError(
        'NEO4J_UNAVAILABLE',
        `Neo4j at ${uri} is not reachable (${error.message}). Start it (npm run db:start), ` +
          'or check NEO4J_URI, or unset NEO4J_URI to let this project start a local server.',
        { cause: error },
      );
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new AppError(
        'NEO4J_UNAVAILABLE',
        `Neo4j at ${uri} has no such database (${error.message}). Check NEO4J_DATABASE ` +
          '(Neo4j Community has one user database, "neo4j").',
        { cause: error },
      );
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Errors that mean "the database cannot be reached", as opposed to a bad query. */
export function isUnavailableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  );
}
