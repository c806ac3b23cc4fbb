import type { ArticleFile } from '../vocabulary/article-file-schema';

/** Precision, recall and F1 of one measure, with the counts they come from. */
export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export const MEASURES = ['entities', 'mentions', 'roles', 'quotes', 'quoteSpans', 'dates', 'relations'] as const;
export type Measure = (typeof MEASURES)[number];
export type Scores = Record<Measure, Score>;

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Compares an extracted article file with a hand-made gold file of the same text.
 *
 * Entities are matched by their words, not their ids (the extractor cannot guess a curator's
 * ids): an extracted entity stands for the gold entity with which it shares the most
 * overlapping mentions, one to one, and counts only if the kind is the same. Every other measure
 * is read through that alignment: a role is (person, title, organization or country); a quote
 * counts if its words overlap a gold quote's and its speaker is the gold speaker (or both have
 * none); a date counts if an aligned entity has the gold value; a relation is (type, from, to).
 */
export function scoreExtraction(gold: ArticleFile, extracted: ArticleFile): Scores {
  const alignment = alignEntities(gold, extracted);
  const toGold = (id: string | null | undefined) => (id ? (alignment.get(id) ?? `unaligned:${id}`) : null);
  const goldKind = new Map(gold.entities.map((entity) => [entity.id, entity.kind]));

  const matchedGold = new Set<string>();
  let entityHits = 0;
  for (const entity of extracted.entities) {
    const goldId = alignment.get(entity.id);
    if (goldId && goldKind.get(goldId) === entity.kind && !matchedGold.has(goldId)) {
      matchedGold.add(goldId);
      entityHits += 1;
    }
  }

  const goldMentions = gold.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, id: entity.id })));
  const extractedMentions = extracted.entities.flatMap((entity) =>
    entity.mentions.map((m) => ({ ...m, id: entity.id })),
  );
  const mentionHits = extractedMentions.filter((m) =>
    goldMentions.some((g) => g.id === toGold(m.id) && overlaps(g, m)),
  ).length;
  const goldMentionHits = goldMentions.filter((g) =>
    extractedMentions.some((m) => g.id === toGold(m.id) && overlaps(g, m)),
  ).length;

  const roleKey = (r: { from: string; to: string; title?: string }) =>
    `${r.from}|${(r.title ?? '').toLowerCase()}|${r.to}`;
  const goldRoles = new Set(gold.relationships.filter((r) => r.type === 'HOLDS_ROLE').map(roleKey));
  const extractedRoles = new Set(
    extracted.relationships
      .filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => roleKey({ from: toGold(r.from)!, to: toGold(r.to)!, title: r.title })),
  );

  const quoteHit = (q: ArticleFile['quotes'][number], bySpeaker: boolean) =>
    gold.quotes.some((g) => overlaps(g, q) && (!bySpeaker || (g.speaker ?? null) === toGold(q.speaker)));
  const goldQuoteHit = (g: ArticleFile['quotes'][number], bySpeaker: boolean) =>
    extracted.quotes.some((q) => overlaps(g, q) && (!bySpeaker || (g.speaker ?? null) === toGold(q.speaker)));

  const goldDates = new Map(gold.entities.filter((e) => e.date).map((e) => [e.id, e.date!.value]));
  const extractedDates = extracted.entities.filter((e) => e.date);
  const dateHits = extractedDates.filter((e) => goldDates.get(toGold(e.id)!) === e.date!.value);

  const relationKey = (r: { type: string; from: string; to: string }) => `${r.type}|${r.from}|${r.to}`;
  const goldRelations = new Set(gold.relationships.map(relationKey));
  const extractedRelations = new Set(
    extracted.relationships.map((r) => relationKey({ type: r.type, from: toGold(r.from)!, to: toGold(r.to)! })),
  );

  return {
    entities: score(entityHits, extracted.entities.length, gold.entities.length),
    mentions: score(mentionHits, extractedMentions.length, goldMentions.length, goldMentionHits),
    roles: score(intersection(extractedRoles, goldRoles), extractedRoles.size, goldRoles.size),
    quotes: score(
      extracted.quotes.filter((q) => quoteHit(q, true)).length,
      extracted.quotes.length,
      gold.quotes.length,
      gold.quotes.filter((g) => goldQuoteHit(g, true)).length,
    ),
    quoteSpans: score(
      extracted.quotes.filter((q) => quoteHit(q, false)).length,
      extracted.quotes.length,
      gold.quotes.length,
      gold.quotes.filter((g) => goldQuoteHit(g, false)).length,
    ),
    dates: score(new Set(dateHits.map((e) => toGold(e.id))).size, extractedDates.length, goldDates.size),
    relations: score(intersection(extractedRelations, goldRelations), extractedRelations.size, goldRelations.size),
  };
}

/**
 * Each extracted entity to the gold entity it shares the most overlapping mentions with; pairs
 * are taken best first, so that no two extracted entities claim the same gold entity.
 */
export function alignEntities(gold: ArticleFile, extracted: ArticleFile): Map<string, string> {
  const pairs: { extractedId: string; goldId: string; shared: number; exact: number; closeness: number }[] = [];
  for (const entity of extracted.entities) {
    for (const candidate of gold.entities) {
      const overlapping = entity.mentions.filter((m) => candidate.mentions.some((g) => overlaps(g, m))).length;
      // Of two gold entities the extracted one overlaps as often, the one of its own kind.
      const shared = overlapping + (overlapping > 0 && candidate.kind === entity.kind ? 0.5 : 0);
      // And of two of its kind, the one whose mentions it spans exactly: "Office of the United
      // Nations High Commissioner for Refugees" is UNHCR, not the United Nations named inside it.
      const exact = entity.mentions.filter((m) =>
        candidate.mentions.some((g) => g.start === m.start && g.end === m.end),
      ).length;
      // And of two it overlaps as often and as exactly, the one whose words it covers most of:
      // "Luhansk" is "Luhansk regions" rather than "the rebel-held parts of the Donetsk and Luhansk regions".
      const closeness = entity.mentions.reduce(
        (sum, m) => sum + Math.max(0, ...candidate.mentions.map((g) => coverage(m, g))),
        0,
      );
      if (overlapping > 0) pairs.push({ extractedId: entity.id, goldId: candidate.id, shared, exact, closeness });
    }
  }
  pairs.sort((a, b) => b.shared - a.shared || b.exact - a.exact || b.closeness - a.closeness);
  const alignment = new Map<string, string>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (alignment.has(pair.extractedId) || taken.has(pair.goldId)) continue;
    alignment.set(pair.extractedId, pair.goldId);
    taken.add(pair.goldId);
  }
  return alignment;
}

/** How much of two spans they share: the characters in both over the characters in either. */
function coverage(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return [...a].filter((item) => b.has(item)).length;
}

/** With `recalled`, recall counts gold items found (when one gold item can match several predictions). */
export function score(truePositives: number, predicted: number, expected: number, recalled = truePositives): Score {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = expected === 0 ? 0 : recalled / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, expected, precision, recall, f1 };
}
