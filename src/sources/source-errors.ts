import path from 'node:path';
import { AppError } from '../errors';

/** The extensions read from folders; a file named explicitly with another extension is an error. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson'] as const;

const FORMATS_HINT = 'Give the article as .txt, .html or JSONL (UTF-8 text).';

export const PUBLISHED_FORMATS_HINT =
  "YYYY-MM-DD, an ISO 8601 timestamp (2024-03-05T14:30:00Z), 'March 5, 2024', '5 March 2024', " +
  "an RFC 2822 date ('Tue, 05 Mar 2024 14:30:00 GMT') or Unix seconds";

export function unreadableError(origin: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? `it does not exist (looked for ${path.resolve(origin)}). Check the path.`
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied. Make it readable by this user (e.g. chmod a+r).'
        : `${describeError(error)}.`;
  return new AppError('SOURCE_UNREADABLE', `Cannot read ${origin}: ${reason}`, { cause: error });
}

export function unsupportedError(
  origin: string,
  what = `its extension "${path.extname(origin)}" is not supported`,
): AppError {
  return new AppError(
    'SOURCE_UNSUPPORTED',
    `Cannot read ${origin}: ${what}. Give a ${SUPPORTED_EXTENSIONS.join(' ')} file or a folder of them.`,
  );
}

export function tooLargeError(origin: string, size: number, maxBytes: number): AppError {
  return new AppError(
    'SOURCE_TOO_LARGE',
    `${origin} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes) for one article. ` +
      'Split it into smaller articles, or if it really is one article raise the limit with the environment ' +
      `variable MAX_ARTICLE_BYTES (in bytes, e.g. MAX_ARTICLE_BYTES=${Math.max(size, maxBytes * 2)}).`,
  );
}

export function binaryError(origin: string, reason: string): AppError {
  return new AppError(
    'SOURCE_BINARY',
    `${origin} looks like a binary file (e.g. PDF/image), not text: ${reason}. ${FORMATS_HINT}`,
  );
}

export function emptyError(origin: string, what = 'has no text'): AppError {
  return new AppError('SOURCE_EMPTY', `${origin} ${what}. Give the article's text, or leave this input out.`);
}

export function noArticleTextError(origin: string, cause?: unknown): AppError {
  const failure = cause === undefined ? '' : ` (the HTML parser failed: ${describeError(cause)})`;
  return new AppError(
    'SOURCE_NO_ARTICLE_TEXT',
    `${origin}: no article text could be found in this HTML${failure}; after dropping scripts, navigation, ` +
      'footers and sign-up prompts nothing readable was left. Save the article page itself (not an index or a ' +
      'login page), or copy its text into a .txt file.',
    cause === undefined ? undefined : { cause },
  );
}

export function htmlTooDeepError(origin: string, depth: number, maxDepth: number): AppError {
  return new AppError(
    'SOURCE_HTML_TOO_DEEP',
    `${origin}: its HTML nests elements ${depth.toLocaleString('en')} levels deep, over the limit of ${maxDepth} ` +
      '(article pages nest a few dozen); reading time grows with the cube of the depth, so deeper pages are refused. ' +
      'Save the article page itself, or copy its text into a .txt file.',
  );
}

export function notEnglishError(origin: string, language: string): AppError {
  return new AppError(
    'SOURCE_NOT_ENGLISH',
    `${origin} looks like ${languageName(language)} (${language}), not English; only English articles are ` +
      'extracted. Give the English version of the article, or leave this one out.',
  );
}

export function badJsonlError(origin: string, problem: string): AppError {
  return new AppError(
    'SOURCE_BAD_JSONL',
    `${origin}: ${problem}. Each line must be one JSON object such as ` +
      '{"text": "...", "title": "...", "url": "...", "published": "2024-03-05", "source": "..."}; only `text` is required.',
  );
}

export function badDateError(origin: string, value: unknown): AppError {
  return new AppError(
    'SOURCE_BAD_DATE',
    `${origin}: the published date ${JSON.stringify(value)} is not a date this reader understands. ` +
      `Use ${PUBLISHED_FORMATS_HINT}.`,
  );
}

/** `5.0 MiB`, `12.3 KiB`, `812 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `ru` → `Russian`; the code itself when the name is unknown. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}
