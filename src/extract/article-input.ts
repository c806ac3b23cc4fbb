import * as chrono from 'chrono-node';
import { AppError } from '../errors';
import type { SourceArticle } from '../sources';
import type { ArticleInput } from './extract-article';

/**
 * What the extractor needs from an article read from a file: above all its publication date,
 * which relative dates ("last month") are resolved against. The input's own date wins, then the
 * one given on the command line, then a full date in the article's opening lines (a dateline).
 */
/**
 * The longest text the extractor reads: about 15,000 words, far beyond a news article. Its rules
 * compare mentions within the article, so time grows faster than length (a 150,000-character
 * text takes about 10 s here); longer inputs are refused rather than left to run for minutes.
 */
export const MAX_EXTRACTED_CHARACTERS = 100_000;

export function articleInput(source: SourceArticle, publishedOn?: string): ArticleInput {
  if (source.text.length > MAX_EXTRACTED_CHARACTERS) {
    throw new AppError(
      'SOURCE_TOO_LONG',
      `${source.origin} has ${source.text.length.toLocaleString('en')} characters of text; the extractor reads ` +
        `articles of up to ${MAX_EXTRACTED_CHARACTERS.toLocaleString('en')} (about 15,000 words). Split it into ` +
        'its articles (one per file, or one per JSONL line).',
    );
  }
  const date = source.publishedOn ?? publishedOn ?? datelineDate(source.text);
  if (!date) {
    throw new AppError(
      'SOURCE_NO_DATE',
      `${source.origin} gives no publication date, which relative dates in it ("last month", "on Wednesday") are ` +
        'read against. Pass --published YYYY-MM-DD, or give the article as HTML with a published-time meta tag or ' +
        'as JSONL with a "published" field.',
    );
  }
  return {
    text: source.text,
    publishedOn: date,
    title: source.title,
    url: source.url,
    sourceName: source.sourceName,
    language: 'en',
    origin: source.origin,
  };
}

function datelineDate(text: string): string | undefined {
  const opening = text.slice(0, 300);
  // A full date written out: "tomorrow" is certain too, but only relative to today.
  const found = chrono.en
    .parse(opening)
    .find(
      (result) => /\b\d{4}\b/.test(result.text) && result.start.isCertain('day') && result.start.isCertain('month'),
    );
  if (!found) return undefined;
  const { start } = found;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
}
