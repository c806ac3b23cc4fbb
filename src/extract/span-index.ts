/** A stretch of the text, as UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

interface Entry<T> {
  item: T;
  /** Position in the list the index was built from: answers keep that order. */
  order: number;
}

/**
 * Spans looked up by position instead of compared pairwise. The extractor's rules ask "which
 * mentions lie in this sentence", "which overlap these words", "which end just before this
 * verb" once per match; a scan of every mention makes an article of n mentions cost n², this
 * index a binary search plus the answers. Every query returns what `items.filter(...)` would,
 * in the same order, so a rule reads the same with or without it.
 */
export class SpanIndex<T extends Span> {
  private readonly byStart: Entry<T>[];
  /** The largest `end` among byStart[0..i]: where a span reaching past a position can begin. */
  private readonly maxEnd: number[];
  private readonly byEnd: Entry<T>[];
  /** The latest `order` among byEnd[0..i]: the last item (in list order) ending by a position. */
  private readonly maxOrder: number[];
  private readonly items: readonly T[];

  constructor(items: readonly T[]) {
    this.items = items;
    const entries = items.map((item, order) => ({ item, order }));
    this.byStart = [...entries].sort((a, b) => a.item.start - b.item.start || a.order - b.order);
    this.byEnd = [...entries].sort((a, b) => a.item.end - b.item.end || a.order - b.order);
    this.maxEnd = runningMax(this.byStart.map((entry) => entry.item.end));
    this.maxOrder = runningMax(this.byEnd.map((entry) => entry.order));
  }

  /** Items that share at least one character with the span (as `overlaps`). */
  overlapping(span: Span): T[] {
    const from = firstIndex(this.maxEnd, (end) => end > span.start);
    const to = firstIndex(this.byStart, (entry) => entry.item.start >= span.end);
    return this.collect(this.byStart, from, to, (item) => item.end > span.start);
  }

  /** Items that lie within the span (as `within(item, span)`). */
  within(span: Span): T[] {
    const from = firstIndex(this.byStart, (entry) => entry.item.start >= span.start);
    const to = firstIndex(this.byStart, (entry) => entry.item.start > span.end);
    return this.collect(this.byStart, from, to, (item) => item.end <= span.end);
  }

  /** Items the span lies within (as `within(span, item)`). */
  containing(span: Span): T[] {
    const from = firstIndex(this.maxEnd, (end) => end >= span.end);
    const to = firstIndex(this.byStart, (entry) => entry.item.start > span.start);
    return this.collect(this.byStart, from, to, (item) => item.end >= span.end);
  }

  /** Items that start at an offset in [from, to]. */
  startingIn(from: number, to: number): T[] {
    const first = firstIndex(this.byStart, (entry) => entry.item.start >= from);
    const last = firstIndex(this.byStart, (entry) => entry.item.start > to);
    return this.collect(this.byStart, first, last, () => true);
  }

  /** Items that end at an offset in [from, to]. */
  endingIn(from: number, to: number): T[] {
    const first = firstIndex(this.byEnd, (entry) => entry.item.end >= from);
    const last = firstIndex(this.byEnd, (entry) => entry.item.end > to);
    return this.collect(this.byEnd, first, last, () => true);
  }

  /** The last item, in list order, that ends at or before the offset (as `filter(end <= at).at(-1)`). */
  lastEndingBy(at: number): T | undefined {
    const count = firstIndex(this.byEnd, (entry) => entry.item.end > at);
    if (count === 0) return undefined;
    return this.items[this.maxOrder[count - 1]!];
  }

  private collect(entries: readonly Entry<T>[], from: number, to: number, keep: (item: T) => boolean): T[] {
    const found: Entry<T>[] = [];
    for (let index = from; index < to; index += 1) {
      const entry = entries[index]!;
      if (keep(entry.item)) found.push(entry);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.item);
  }
}

/** The first index whose value passes `test`, for a test that is false then true along the array. */
function firstIndex<V>(values: readonly V[], test: (value: V) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(values[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function runningMax(values: readonly number[]): number[] {
  let max = -Infinity;
  return values.map((value) => (max = Math.max(max, value)));
}
