import { AppError } from '../errors';

export interface ArticleFileIssue {
  /** Where in the file: `entities[3].mentions[0].text`. */
  path: string;
  message: string;
}

/** An article file that cannot be ingested; lists every problem found, each with its field. */
export class ArticleFileError extends AppError {
  constructor(
    readonly file: string,
    readonly issues: readonly ArticleFileIssue[],
  ) {
    super(
      'ARTICLE_FILE_INVALID',
      `${file} is not a valid article file (nothing was written):\n` +
        issues.map((issue) => `  ${issue.path || '(file)'}: ${issue.message}`).join('\n') +
        '\nSee docs/article-file.md for the format.',
    );
  }
}

/** Renders a zod-style path as `entities[3].mentions[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
