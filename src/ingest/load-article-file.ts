import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { AppError } from '../errors';
import { articleFileSchema, type ArticleFile } from '../vocabulary/article-file-schema';
import { ArticleFileError, formatPath } from '../vocabulary/article-file-error';
import { checkArticleFile } from './check-article-file';
import type { LoadedArticle } from '../vocabulary/loaded-article';

export type { LoadedArticle };

/**
 * Reads an article file and its text, and validates both completely before anything is
 * written. Throws an ArticleFileError that lists every problem with its field.
 */
export async function loadArticleFile(file: string): Promise<LoadedArticle> {
  const raw = await readText(file, 'article file');
  const data = parseArticleData(raw, file);
  const textPath = path.resolve(path.dirname(file), data.article.textFile);
  const text = await readText(textPath, `article text (article.textFile of ${file})`);
  return checkedArticle(data, raw, text, file);
}

/**
 * Validates an article file given as strings (as the API receives it): the YAML, and the text
 * its offsets point into (`article.textFile` is not read). `name` says where it came from in errors.
 */
export function parseArticleFile(raw: string, text: string, name: string): LoadedArticle {
  return checkedArticle(parseArticleData(raw, name), raw, text, name);
}

/**
 * Validates article data built in code (the extractor's output) as strictly as a file: the
 * schema, then the checks against the text. `name` says where it came from in errors; `source`
 * is what tells an unchanged article from an edited one (by default, the data itself).
 */
export function validateArticleData(data: unknown, text: string, name: string, source?: string): LoadedArticle {
  const valid = schemaChecked(data, name);
  return checkedArticle(valid, source ?? JSON.stringify(valid), text, name);
}

/**
 * How many times YAML aliases (`*anchor`) may be expanded, the `yaml` package's default made
 * explicit: an article file has no need of more, and a "billion laughs" file of nested aliases
 * would otherwise expand to gigabytes.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

function parseArticleData(raw: string, file: string): ArticleFile {
  const document = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ArticleFileError(
      file,
      document.errors.map((error) => ({ path: '(YAML)', message: error.message.split('\n')[0] ?? error.message })),
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    // The `yaml` package reports aliases beyond maxAliasCount (its only run-time check) as a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    throw new ArticleFileError(file, [
      {
        path: '(YAML)',
        message:
          `its aliases (*name) expand to more than ${MAX_YAML_ALIAS_COUNT} copies of what they name; ` +
          'write the values out instead of repeating them through aliases',
      },
    ]);
  }
  return schemaChecked(value, file);
}

function schemaChecked(value: unknown, file: string): ArticleFile {
  const parsed = articleFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new ArticleFileError(
      file,
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  return parsed.data;
}

function checkedArticle(data: ArticleFile, raw: string, text: string, file: string): LoadedArticle {
  const issues = checkArticleFile(data, text);
  if (issues.length > 0) throw new ArticleFileError(file, issues);
  return { data, text, source: `${raw}\u0000${text}` };
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : String(error);
    throw new AppError('ARTICLE_FILE_UNREADABLE', `Cannot read the ${what} ${file}: ${reason}.`, { cause: error });
  }
}
