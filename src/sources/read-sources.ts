import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, invariant } from '../errors';
import { articleFromText } from './article-from-text';
import { decodeText } from './decode-text';
import { parsePublishedDate } from './parse-published-date';
import { type SourceFormat, type SourceItem } from './source-article';
import {
  badJsonlError,
  binaryError,
  emptyError,
  PUBLISHED_FORMATS_HINT,
  SUPPORTED_EXTENSIONS,
  tooLargeError,
  unreadableError,
  unsupportedError,
} from './source-errors';

/** The default largest article, in bytes (a file, or one JSONL line). */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ReadSourcesOptions {
  /** The largest article in bytes: a .txt or .html file, or one JSONL line. Default 2 MiB. */
  maxBytes?: number;
}

const FORMATS: Record<(typeof SUPPORTED_EXTENSIONS)[number], SourceFormat | 'jsonl'> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Folder entries in a stable, human order: `2.txt` before `10.txt`. */
const byName = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Reads files and folders into articles, one item per article. Folders are read recursively in
 * name order, taking only .txt .text .html .htm .jsonl .ndjson files and skipping others and hidden
 * entries; a file named explicitly with another extension is an error item. Never throws for a bad
 * input: it yields an error item that says what was wrong and where, and goes on.
 */
export async function* readSources(
  paths: readonly string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  invariant(Number.isSafeInteger(maxBytes) && maxBytes > 0, `maxBytes must be a positive integer, not ${maxBytes}`);
  for (const input of paths) {
    let stats;
    try {
      stats = await stat(input);
    } catch (error) {
      yield failure(input, unreadableError(input, error));
      continue;
    }
    if (stats.isDirectory()) yield* readFolder(input, maxBytes);
    else if (!stats.isFile()) yield failure(input, unsupportedError(input, 'it is neither a file nor a folder'));
    else if (formatOf(input) === undefined) yield failure(input, unsupportedError(input));
    else yield* readSourceFile(input, maxBytes);
  }
}

async function* readFolder(folder: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let files = 0;
  for await (const entry of supportedFiles(folder)) {
    if (typeof entry !== 'string') {
      yield entry;
      continue;
    }
    files += 1;
    yield* readSourceFile(entry, maxBytes);
  }
  if (files === 0) {
    yield failure(folder, emptyError(folder, `is a folder with no ${SUPPORTED_EXTENSIONS.join(' ')} files in it`));
  }
}

/** The supported files under a folder, recursively and in name order; unreadable subfolders as error items. */
async function* supportedFiles(folder: string): AsyncGenerator<string | SourceItem> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield failure(folder, unreadableError(folder, error));
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* supportedFiles(file);
    // A symbolic link is followed to a file, never to a folder, so that a link cannot make a cycle.
    else if (formatOf(file) !== undefined && (entry.isFile() || (await isLinkToFile(file)))) yield file;
  }
}

async function isLinkToFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function* readSourceFile(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const format = formatOf(file);
  invariant(format !== undefined, `${file} has a supported extension`);
  if (format === 'jsonl') yield* readJsonl(file, maxBytes);
  else yield await readArticleFile(file, format, maxBytes);
}

async function readArticleFile(file: string, format: SourceFormat, maxBytes: number): Promise<SourceItem> {
  try {
    // The size is checked before reading, so that a huge file is never loaded.
    const { size } = await stat(file);
    if (size > maxBytes) return failure(file, tooLargeError(file, size, maxBytes));
    if (size === 0) return failure(file, emptyError(file, 'is empty (0 bytes)'));
    const bytes = await readFile(file);
    if (bytes.length > maxBytes) return failure(file, tooLargeError(file, bytes.length, maxBytes));
    return { ok: true, article: articleFromText(decodeText(bytes, file), { origin: file, format }) };
  } catch (error) {
    if (error instanceof AppError) return failure(file, error);
    if (isFileSystemError(error)) return failure(file, unreadableError(file, error));
    throw error;
  }
}

async function* readJsonl(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let items = 0;
  try {
    for await (const line of jsonlLines(file, maxBytes)) {
      const origin = `${file}:${line.number}`;
      if (line.binary) {
        yield failure(file, binaryError(file, 'it contains NUL bytes'));
        return;
      }
      if (line.bytes === undefined) {
        items += 1;
        yield failure(origin, tooLargeError(origin, line.size, maxBytes));
        continue;
      }
      const item = articleFromJsonLine(line.bytes, origin);
      if (item === undefined) continue;
      items += 1;
      yield item;
    }
  } catch (error) {
    // Only the file's stream can fail here: each line's own problems are items.
    if (!isFileSystemError(error)) throw error;
    yield failure(file, unreadableError(file, error));
    return;
  }
  if (items === 0) yield failure(file, emptyError(file, 'has no JSON lines'));
}

/** A JSONL line's fields, once fieldProblem has found nothing wrong; other fields are ignored. */
interface JsonlRecord {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | number | null;
}

/** One JSONL line as an item; undefined for a blank line. */
function articleFromJsonLine(bytes: Buffer, origin: string): SourceItem | undefined {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure(origin, badJsonlError(origin, 'the line is not valid UTF-8 text'));
  }
  if (source.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return failure(origin, badJsonlError(origin, `the line is not valid JSON (${(error as Error).message})`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(origin, badJsonlError(origin, `the line is ${describe(value)}, not a JSON object`));
  }
  const problem = fieldProblem(value as Record<string, unknown>);
  if (problem !== undefined) return failure(origin, badJsonlError(origin, problem));
  const record = value as JsonlRecord;
  if (record.text.trim() === '') return failure(origin, emptyError(origin, 'has an empty `text` field'));
  const { published } = record;
  if (published !== undefined && published !== null && parsePublishedDate(published) === undefined) {
    return failure(
      origin,
      badJsonlError(
        origin,
        `field \`published\` is ${JSON.stringify(published)}, which is not a date; use ${PUBLISHED_FORMATS_HINT}`,
      ),
    );
  }
  try {
    const article = articleFromText(record.text, {
      origin,
      format: 'text',
      ...optional('title', record.title),
      ...optional('url', record.url),
      ...optional('sourceName', record.source),
      ...optional('published', published),
    });
    return { ok: true, article };
  } catch (error) {
    if (error instanceof AppError) return failure(origin, error);
    throw error;
  }
}

/** What is wrong with a JSONL record's fields, or undefined. */
function fieldProblem(record: Record<string, unknown>): string | undefined {
  if (!('text' in record)) return 'field `text` is missing';
  if (typeof record.text !== 'string') return `field \`text\` must be a string, not ${describe(record.text)}`;
  for (const field of ['title', 'url', 'source'] as const) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return `field \`${field}\` must be a string, not ${describe(value)}`;
    }
  }
  const published = record.published;
  if (published !== undefined && published !== null && typeof published !== 'string' && typeof published !== 'number') {
    return `field \`published\` must be a date string or Unix seconds, not ${describe(published)}`;
  }
  return undefined;
}

function optional<K extends string, V>(key: K, value: V | null | undefined): { [key in K]?: V } {
  return value === undefined || value === null ? {} : ({ [key]: value } as { [key in K]: V });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

type JsonlLine =
  | { number: number; binary: true }
  | { number: number; binary?: false; bytes: Buffer; size: number }
  | { number: number; binary?: false; bytes?: undefined; size: number };

/**
 * A file's lines as bytes, streamed. A line over maxBytes is given by its size only and never held
 * whole; a NUL byte in the first chunk ends the file as binary.
 */
async function* jsonlLines(file: string, maxBytes: number): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  let first = true;
  const take = (piece: Buffer) => {
    size += piece.length;
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  const line = (): JsonlLine => {
    const result: JsonlLine =
      size <= maxBytes ? { number, bytes: Buffer.concat(parts), size } : { number, bytes: undefined, size };
    parts = [];
    size = 0;
    number += 1;
    return result;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    if (first && chunk.includes(0)) {
      yield { number, binary: true };
      return;
    }
    first = false;
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, end));
      yield line();
      start = end + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0) yield line();
}

function formatOf(file: string): SourceFormat | 'jsonl' | undefined {
  const extension = path.extname(file).toLowerCase();
  return Object.hasOwn(FORMATS, extension) ? FORMATS[extension as keyof typeof FORMATS] : undefined;
}

function isFileSystemError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string';
}

function failure(origin: string, error: AppError): SourceItem {
  return { ok: false, origin, error };
}
