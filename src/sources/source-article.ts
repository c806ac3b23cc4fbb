import { type AppError } from '../errors';

/** One article read from a user's input, as plain text plus what the input said about it. */
export interface SourceArticle {
  /** Where it came from, for messages: a file path, or `file.jsonl:LINE` for JSONL. */
  origin: string;
  /** Plain text: tags stripped, boilerplate dropped, newlines normalised to \n, one paragraph per line, no blank lines, trimmed. */
  text: string;
  /** HTML og:title, JSON-LD headline, <title> or <h1>; JSONL `title`; undefined for plain text (the extractor uses the first line). */
  title?: string;
  url?: string;
  /** YYYY-MM-DD, the calendar date as the input wrote it, when the input states one. */
  publishedOn?: string;
  /** JSONL `source`, HTML og:site_name or JSON-LD publisher. */
  sourceName?: string;
  /** ISO 639-1 code detected from the text; 'und' when it is too short to tell (under 20 words) or detection gives no answer. */
  language: string;
}

/** One result of reading the inputs: an article, or an error that names where and how to fix it. */
export type SourceItem = { ok: true; article: SourceArticle } | { ok: false; origin: string; error: AppError };

/** The formats an article can be given in; JSONL lines carry plain text. */
export type SourceFormat = 'text' | 'html';
