import type { ArticleFile } from '../vocabulary/article-file-schema';

/** Maps an offset in one text to the same character in another, or undefined where it has none. */
export type OffsetMap = (offset: number) => number | undefined;

/**
 * Maps offsets in a text as the extractor read it (from HTML, or with a banner line dropped) to
 * the gold text of the same article. Both are one paragraph per line; each line of `from` is
 * looked up in `to`, in order, so words that are not in the gold text (boilerplate the reader
 * kept, a title it added) map to nothing and can match no gold item.
 */
export function offsetMap(from: string, to: string): OffsetMap {
  const shifts: { start: number; end: number; shift: number }[] = [];
  let cursor = 0;
  let start = 0;
  for (const line of from.split('\n')) {
    const end = start + line.length;
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      // In order first; a line the reader moved (a title it put first) is looked up anywhere.
      let found = to.indexOf(trimmed, cursor);
      if (found < 0) found = to.indexOf(trimmed);
      if (found >= 0) {
        const lead = line.indexOf(trimmed);
        shifts.push({ start: start + lead, end: start + lead + trimmed.length, shift: found - (start + lead) });
        if (found >= cursor) cursor = found + trimmed.length;
      }
    }
    start = end + 1;
  }
  return (offset) => {
    const line = shifts.find((s) => s.start <= offset && offset <= s.end);
    return line ? offset + line.shift : undefined;
  };
}

const NOWHERE = { start: -1, end: -1 };

/** A span mapped through `map`; a span with an end that does not map lands nowhere (overlaps nothing). */
function mapSpan<T extends { start: number; end: number }>(span: T, map: OffsetMap): T {
  const start = map(span.start);
  const end = map(span.end);
  if (start === undefined || end === undefined || end < start) return { ...span, ...NOWHERE };
  return { ...span, start, end };
}

/**
 * An extracted article file with its mention and quote offsets moved into the gold text, the
 * spans the scores compare.
 */
export function remapArticleFile(file: ArticleFile, map: OffsetMap): ArticleFile {
  return {
    ...file,
    entities: file.entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions.map((mention) => mapSpan(mention, map)),
    })),
    quotes: file.quotes.map((quote) => mapSpan(quote, map)),
  };
}
