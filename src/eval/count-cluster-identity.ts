import type { ArticleFile } from '../vocabulary/article-file-schema';

/** A mention of a graph node in one article, its offsets already moved into the gold text. */
export interface GraphMention {
  nodeId: string;
  kind: string;
  /** Undefined when the words are not in the gold text (boilerplate the reader kept). */
  start?: number;
  end?: number;
}

/** A fact relationship of the graph between two entity nodes, evidenced in one article. */
export interface GraphFact {
  type: string;
  from: string;
  to: string;
}

/** One article of a cluster: its gold file and what the graph holds from it. */
export interface ClusterArticle {
  gold: ArticleFile;
  mentions: readonly GraphMention[];
  facts: readonly GraphFact[];
}

export const KIND_GROUPS = ['people', 'documents', 'events', 'others'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/** How the graph's nodes stand for a set of articles' gold entities, and which facts it corroborates. */
export interface ClusterIdentity {
  articles: number;
  /** Gold entities the articles name, by id (the same id in every article). */
  goldEntities: number;
  /** Gold entities with at least one graph node. */
  found: number;
  /** Extra graph nodes for one gold entity, by the gold entity's kind; `list` names them. */
  duplicates: Record<KindGroup, number>;
  duplicateList: string[];
  /** Graph nodes that carry mentions of two or more gold entities. */
  wrongMerges: string[];
  /** Graph nodes with mentions in these articles of which none is a gold entity's. */
  invented: string[];
  /** Gold facts (type, from, to) stated by two or more of the articles. */
  multiSourceFacts: number;
  /** Of those, how many the graph holds as one fact (the same two nodes) with two or more sources. */
  corroborated: number;
}

const GROUP: Record<string, KindGroup> = { Person: 'people', Document: 'documents', Event: 'events' };
export const kindGroup = (kind: string): KindGroup => GROUP[kind] ?? 'others';

/**
 * Each graph mention to the gold mention it covers best (the largest share of the two spans
 * together, a mention of the same kind first), so that "Russian Foreign Minister Sergey Lavrov"
 * counts for Lavrov and not for the "Russian" nested in it; a mention whose only gold overlap is
 * one of another kind nested in it counts for none.
 */
export function goldForMention(gold: ArticleFile, mention: GraphMention): string | undefined {
  const { start, end } = mention;
  if (start === undefined || end === undefined) return undefined;
  let best: { id: string; score: number } | undefined;
  for (const entity of gold.entities) {
    for (const g of entity.mentions) {
      const shared = Math.min(end, g.end) - Math.max(start, g.start);
      if (shared <= 0) continue;
      // A gold mention of another kind nested in the graph's words ("Russian" in "expel 23
      // Russian diplomats") is not what those words name.
      const nested = entity.kind !== mention.kind && start <= g.start && g.end <= end && g.end - g.start < end - start;
      if (nested) continue;
      const score = shared / (Math.max(end, g.end) - Math.min(start, g.start)) + (entity.kind === mention.kind ? 1 : 0);
      if (!best || score > best.score) best = { id: entity.id, score };
    }
  }
  return best?.id;
}

/**
 * Aligns the graph's nodes with the gold ids over several articles, through their mentions, and
 * counts duplicates (several nodes whose mentions are mostly one gold entity's), wrong merges
 * (a node with mentions of two gold entities), invented entities (a node with mentions of none)
 * and corroboration (a gold fact several articles state, held by the graph between the same two
 * nodes from at least two of them).
 */
export function countClusterIdentity(articles: readonly ClusterArticle[]): ClusterIdentity {
  const counts = new Map<string, Map<string, number>>();
  const goldKind = new Map<string, string>();
  for (const { gold, mentions } of articles) {
    for (const entity of gold.entities) goldKind.set(entity.id, entity.kind);
    for (const mention of mentions) {
      const byGold = counts.get(mention.nodeId) ?? new Map<string, number>();
      counts.set(mention.nodeId, byGold);
      const goldId = goldForMention(gold, mention);
      if (goldId) byGold.set(goldId, (byGold.get(goldId) ?? 0) + 1);
    }
  }

  // The gold entity a node stands for: the one most of its mentions are (ties by id, for a stable answer).
  const primary = new Map<string, string>();
  const wrongMerges: string[] = [];
  const invented: string[] = [];
  for (const [nodeId, byGold] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const ranked = [...byGold].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    if (ranked.length === 0) {
      invented.push(nodeId);
      continue;
    }
    primary.set(nodeId, ranked[0]![0]);
    if (ranked.length > 1) wrongMerges.push(`${nodeId} = ${ranked.map(([id, n]) => `${id} (${n})`).join(' + ')}`);
  }

  const nodesOf = new Map<string, string[]>();
  for (const [nodeId, goldId] of primary) nodesOf.set(goldId, [...(nodesOf.get(goldId) ?? []), nodeId]);
  const duplicates = Object.fromEntries(KIND_GROUPS.map((group) => [group, 0])) as Record<KindGroup, number>;
  const duplicateList: string[] = [];
  for (const [goldId, nodes] of [...nodesOf].sort(([a], [b]) => a.localeCompare(b))) {
    if (nodes.length < 2) continue;
    duplicates[kindGroup(goldKind.get(goldId) ?? '')] += nodes.length - 1;
    duplicateList.push(`${goldId} as ${nodes.join(', ')}`);
  }

  // Gold facts by key, with the articles that state them; graph facts by the gold key they stand for.
  const key = (type: string, from: string, to: string) => `${type}|${from}|${to}`;
  const statedBy = new Map<string, number[]>();
  const heldAs = new Map<string, Map<string, Set<number>>>();
  articles.forEach(({ gold, facts }, index) => {
    for (const r of new Set(gold.relationships.map((r) => key(r.type, r.from, r.to))))
      statedBy.set(r, [...(statedBy.get(r) ?? []), index]);
    for (const fact of facts) {
      const from = primary.get(fact.from);
      const to = primary.get(fact.to);
      if (!from || !to) continue;
      const goldKey = key(fact.type, from, to);
      const pairs = heldAs.get(goldKey) ?? new Map<string, Set<number>>();
      heldAs.set(goldKey, pairs);
      const pair = `${fact.from}|${fact.to}`;
      pairs.set(pair, (pairs.get(pair) ?? new Set<number>()).add(index));
    }
  });
  const multiSource = [...statedBy].filter(([, by]) => by.length >= 2);
  const corroborated = multiSource.filter(([factKey, by]) =>
    [...(heldAs.get(factKey) ?? new Map<string, Set<number>>()).values()].some(
      (sources) => by.filter((index) => sources.has(index)).length >= 2,
    ),
  );

  return {
    articles: articles.length,
    goldEntities: goldKind.size,
    found: [...goldKind.keys()].filter((id) => nodesOf.has(id)).length,
    duplicates,
    duplicateList,
    wrongMerges,
    invented,
    multiSourceFacts: multiSource.length,
    corroborated: corroborated.length,
  };
}
