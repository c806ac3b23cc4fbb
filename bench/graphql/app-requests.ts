import { buildArticleGraph } from '../../src/write/build-article-graph';
import { generateCorpus } from '../corpus/generate-corpus';
import { Random } from '../corpus/random';
import { PERSON_GRAPHQL } from './person-query';

/**
 * The requests an app sends: the README's reads of one entity (its person page, its links with
 * their evidence, its timeline), each about an entity drawn with Zipf-like popularity, so a few
 * entities are asked for often and most rarely, as the entities of news are.
 */
export interface AppOperation {
  /** The GraphQL operation name; the Cypher handler runs the hand-written query of this name. */
  name: 'Person' | 'EntityLinks' | 'Timeline';
  graphql: string;
  /** Which entities it is asked about. */
  kinds: 'person' | 'any';
  /** Share of the requests. */
  weight: number;
}

export const APP_OPERATIONS: readonly AppOperation[] = [
  { name: 'Person', graphql: PERSON_GRAPHQL, kinds: 'person', weight: 0.4 },
  {
    name: 'EntityLinks',
    graphql: `query EntityLinks($id: ID!) {
  entityLinks(entityId: $id, limit: 20) { relationship direction otherId otherName otherKind evidence sentence }
}`,
    kinds: 'any',
    weight: 0.3,
  },
  {
    name: 'Timeline',
    graphql: `query Timeline($id: ID!) { timeline(entityId: $id) { id name dateValue } }`,
    kinds: 'any',
    weight: 0.3,
  },
];

/** Zipf's law with exponent 1: the k-th most popular entity is asked for about 1/k as often as the first. */
export const ZIPF_EXPONENT = 1;

export interface AppRequests {
  /** JSON bodies `{ operationName, query, variables }`, in the order they are sent. */
  bodies: string[];
  distinctEntities: number;
  /** Entities that could be asked about (the corpus's), per kind of operation. */
  population: { person: number; any: number };
}

/**
 * `count` request bodies drawn from the corpus's entities, most-mentioned first in popularity.
 * The same seed and corpus give the same sequence.
 */
export function appRequests(seed: number, articles: number, count: number): AppRequests {
  const mentions = new Map<string, number>();
  for (const article of generateCorpus({ seed }, articles)) {
    for (const entity of buildArticleGraph(article).entities) {
      mentions.set(entity.id, (mentions.get(entity.id) ?? 0) + 1);
    }
  }
  const ranked = [...mentions].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([id]) => id);
  const population = { person: ranked.filter((id) => id.startsWith('person:')), any: ranked };
  const samplers = { person: zipfSampler(population.person.length), any: zipfSampler(population.any.length) };
  const random = new Random('graphql-app-requests', seed);
  const bodies: string[] = [];
  const asked = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const operation = pickWeighted(random, APP_OPERATIONS);
    const id = population[operation.kinds][samplers[operation.kinds](random)]!;
    asked.add(id);
    bodies.push(JSON.stringify({ operationName: operation.name, query: operation.graphql, variables: { id } }));
  }
  return {
    bodies,
    distinctEntities: asked.size,
    population: { person: population.person.length, any: population.any.length },
  };
}

function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  let u = random.int(0, 999_999) / 1_000_000;
  for (const item of items) {
    u -= item.weight;
    if (u < 0) return item;
  }
  return items[items.length - 1]!;
}

/** Draws ranks in [0, size) with P(k) proportional to 1 / (k + 1)^ZIPF_EXPONENT. */
function zipfSampler(size: number): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < size; k += 1) {
    total += 1 / (k + 1) ** ZIPF_EXPONENT;
    cumulative.push(total);
  }
  return (random) => {
    const u = ((random.int(0, 999_999) + 0.5) / 1_000_000) * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < u) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
