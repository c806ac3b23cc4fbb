/**
 * Errors a user can act on. Each has a stable `code` (for scripts and API clients) and a
 * message that says what was wrong, where, and how to fix it.
 */
export type AppErrorCode =
  | 'CONFIG_INVALID'
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'MAVEN_RESOLUTION_FAILED'
  | 'PORT_IN_USE'
  | 'NEO4J_START_FAILED'
  | 'LOCAL_NEO4J_IN_USE'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH_FAILED'
  | 'NEO4J_TOO_OLD'
  | 'APOC_MISSING'
  | 'ARTICLE_FILE_INVALID'
  | 'ARTICLE_FILE_UNREADABLE'
  | 'ARTICLE_WRITE_FAILED'
  | 'ARTICLE_ID_CONFLICT'
  | 'SOURCE_UNREADABLE'
  | 'SOURCE_UNSUPPORTED'
  | 'SOURCE_TOO_LARGE'
  | 'SOURCE_BINARY'
  | 'SOURCE_EMPTY'
  | 'SOURCE_NO_ARTICLE_TEXT'
  | 'SOURCE_NOT_ENGLISH'
  | 'SOURCE_BAD_JSONL'
  | 'SOURCE_BAD_DATE'
  | 'SOURCE_NO_DATE'
  | 'SOURCE_TOO_LONG'
  | 'SOURCE_HTML_TOO_DEEP'
  | 'SOURCE_EXTRACTION_TOO_SLOW'
  | 'EVAL_SET_INVALID'
  | 'EVAL_DATABASE_NOT_EMPTY';

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A failure that is a bug in this project, not the caller's mistake. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violated: ${message}`);
  }
}
