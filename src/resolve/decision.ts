/** Why an entity an article names was taken for one already known, and how sure that is (0 to 1). */
export interface Match {
  id: string;
  score: number;
  reason: string;
}

/**
 * The best of several matches, or none when two different candidates score alike: resolution
 * never picks between equals, so a doubt leaves the article's own entity apart.
 */
export function bestMatch(matches: readonly Match[]): Match | undefined {
  const sorted = [...matches].sort((a, b) => b.score - a.score);
  const [best] = sorted;
  if (!best) return undefined;
  // The nearest rival is the best-scoring other candidate: a candidate found twice is not a rival.
  const rival = sorted.find((match) => match.id !== best.id);
  if (rival && best.score - rival.score < 0.05) return undefined;
  return best;
}

/**
 * When bestMatch refuses (two different candidates score alike), the candidates it could not
 * choose between: each is a doubt to record, never a merge.
 */
export function tiedMatches(matches: readonly Match[]): Match[] {
  if (bestMatch(matches)) return [];
  const sorted = [...matches].sort((a, b) => b.score - a.score);
  const top = sorted[0]?.score ?? 0;
  const byId = new Map<string, Match>();
  for (const match of sorted) if (top - match.score < 0.05 && !byId.has(match.id)) byId.set(match.id, match);
  return [...byId.values()];
}

/** Shared members of two sets, and the share of their union they are. */
export function overlapOf(a: readonly string[], b: readonly string[]): { shared: string[]; jaccard: number } {
  const inB = new Set(b);
  const shared = [...new Set(a)].filter((id) => inB.has(id));
  const union = new Set([...a, ...b]).size;
  return { shared, jaccard: union === 0 ? 0 : shared.length / union };
}

export function round(score: number): number {
  return Math.round(score * 100) / 100;
}
