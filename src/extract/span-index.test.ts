import { overlaps, within } from './mention';
import { SpanIndex, type Span } from './span-index';

/** Spans of every shape, nested, touching and empty, in no particular order. */
function spans(): (Span & { id: number })[] {
  const found: (Span & { id: number })[] = [];
  let seed = 7;
  const next = (limit: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % limit;
  for (let id = 0; id < 300; id += 1) {
    const start = next(200);
    found.push({ id, start, end: start + next(id % 10 === 0 ? 80 : 8) });
  }
  return found;
}

describe('SpanIndex', () => {
  const items = spans();
  const index = new SpanIndex(items);
  const probes: Span[] = [...items, { start: 0, end: 0 }, { start: 50, end: 50 }, { start: 0, end: 400 }];

  it('answers every query as a scan of the list would, in the list order', () => {
    for (const probe of probes) {
      expect(index.overlapping(probe)).toEqual(items.filter((item) => overlaps(item, probe)));
      expect(index.within(probe)).toEqual(items.filter((item) => within(item, probe)));
      expect(index.containing(probe)).toEqual(items.filter((item) => within(probe, item)));
      expect(index.startingIn(probe.start, probe.end)).toEqual(
        items.filter((item) => item.start >= probe.start && item.start <= probe.end),
      );
      expect(index.endingIn(probe.start, probe.end)).toEqual(
        items.filter((item) => item.end >= probe.start && item.end <= probe.end),
      );
      expect(index.lastEndingBy(probe.start)).toBe(items.filter((item) => item.end <= probe.start).at(-1));
    }
  });

  it('finds nothing in an empty list', () => {
    const empty = new SpanIndex<Span>([]);
    expect(empty.overlapping({ start: 0, end: 10 })).toEqual([]);
    expect(empty.lastEndingBy(10)).toBeUndefined();
  });
});
