import { datelineCredit } from './dateline-credit';
import { assertTextLike } from './decode-text';
import { detectLanguage } from './detect-language';
import { extractHtmlArticle, type HtmlArticle } from './extract-html-article';
import { headlineOf } from './headline';
import { htmlNestingDepth } from './html-nesting-depth';
import { normalizePlainText } from './normalize-text';
import { parsePublishedDate } from './parse-published-date';
import { type SourceArticle, type SourceFormat } from './source-article';
import { badDateError, emptyError, htmlTooDeepError, noArticleTextError, notEnglishError } from './source-errors';

/**
 * The deepest nesting of HTML elements read. Article pages nest a few dozen levels; at 200,
 * Readability takes about half a second, and its cost grows with the cube of the depth.
 */
export const MAX_HTML_DEPTH = 200;

export interface ArticleMeta {
  /** Where the article came from, for messages. */
  origin: string;
  format: SourceFormat;
  /** Given metadata wins over what an HTML page says about itself. */
  title?: string;
  url?: string;
  /** Any common date format; see parsePublishedDate. */
  published?: string | number;
  sourceName?: string;
}

/**
 * One article given as a string, as plain text or HTML. Throws an AppError: SOURCE_BINARY,
 * SOURCE_EMPTY, SOURCE_HTML_TOO_DEEP, SOURCE_NO_ARTICLE_TEXT, SOURCE_NOT_ENGLISH or SOURCE_BAD_DATE.
 */
export function articleFromText(input: string, meta: ArticleMeta): SourceArticle {
  const { origin } = meta;
  assertTextLike(input, origin);
  if (input.trim() === '') throw emptyError(origin, input === '' ? 'is empty' : 'has only white space');

  const html = meta.format === 'html' ? extractHtml(input, origin) : undefined;
  const text = html ? html.text : normalizePlainText(input);
  if (text === '')
    throw html ? noArticleTextError(origin) : emptyError(origin, 'has no text after dropping boilerplate');

  // 'und' (too short to tell, or no answer) is let through: the extractor will find little or nothing.
  const { language } = detectLanguage(text);
  if (language !== 'en' && language !== 'und') throw notEnglishError(origin, language);

  let publishedOn = html?.publishedOn;
  if (meta.published !== undefined && meta.published !== '') {
    publishedOn = parsePublishedDate(meta.published);
    if (publishedOn === undefined) throw badDateError(origin, meta.published);
  }
  const article: SourceArticle = { origin, text, language };
  const title = nonEmpty(meta.title) ?? html?.title ?? headlineOf(text);
  const url = nonEmpty(meta.url) ?? html?.url;
  const sourceName = nonEmpty(meta.sourceName) ?? html?.sourceName ?? datelineCredit(text);
  if (title !== undefined) article.title = title;
  if (url !== undefined) article.url = url;
  if (publishedOn !== undefined) article.publishedOn = publishedOn;
  if (sourceName !== undefined) article.sourceName = sourceName;
  return article;
}

function extractHtml(input: string, origin: string): HtmlArticle {
  const depth = htmlNestingDepth(input);
  if (depth > MAX_HTML_DEPTH) throw htmlTooDeepError(origin, depth, MAX_HTML_DEPTH);
  try {
    return extractHtmlArticle(input);
  } catch (error) {
    // Whatever the page holds, the caller gets an error that names it rather than a crash.
    throw noArticleTextError(origin, error);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}
