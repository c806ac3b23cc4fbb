import { generateArticle, generateCorpus } from '../../bench/corpus/generate-corpus';
import { articleFileSchema } from '../../src/vocabulary/article-file-schema';
import { buildArticleGraph } from '../../src/write/build-article-graph';
import { checkArticleFile } from '../../src/ingest/check-article-file';

const SIZE = 200;
const corpus = [...generateCorpus({ seed: 7 }, SIZE)];

/** The share of the corpus's articles that name an entity, by entity id. */
function articleShare(articles: typeof corpus): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const entity of article.data.entities) counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, count / articles.length]));
}

describe('the synthetic corpus generator', () => {
  it('gives the same corpus for the same seed, and a different one for another seed', () => {
    const again = [...generateCorpus({ seed: 7 }, SIZE)];
    const other = [...generateCorpus({ seed: 8 }, SIZE)];

    expect(again).toEqual(corpus);
    expect(other.map((article) => article.text)).not.toEqual(corpus.map((article) => article.text));
  });

  it('makes article n the same whatever the corpus size, so growth steps share their prefix', () => {
    expect(generateArticle(150, { seed: 7 })).toEqual(corpus[150]);
    expect([...generateCorpus({ seed: 7 }, 12, 10)]).toEqual(corpus.slice(10, 12));
  });

  it('writes articles that pass the article file schema and every span check', () => {
    for (const article of corpus) {
      expect(articleFileSchema.safeParse(article.data).error).toBeUndefined();
      expect(checkArticleFile(article.data, article.text)).toEqual([]);
    }
  });

  it('shapes each article like the seed: sentences, facts with evidence, claims, quotes and mentions', () => {
    for (const article of corpus) {
      const graph = buildArticleGraph(article);
      expect(graph.sentences.length).toBeGreaterThanOrEqual(8);
      expect(graph.facts.length).toBeGreaterThanOrEqual(15);
      expect(graph.claims.length).toBeGreaterThanOrEqual(2);
      expect(graph.quotes.length).toBeGreaterThanOrEqual(1);
      for (const fact of graph.facts) expect(article.text.slice(fact.start, fact.end)).toBe(fact.text);
    }
    const kinds = new Set(corpus.flatMap((article) => article.data.entities.map((entity) => entity.kind)));
    expect([...kinds].sort()).toEqual(['Concept', 'Country', 'Document', 'Event', 'Organization', 'Person', 'Place']);
  });

  it('names a few hubs in most articles, shares some entities and introduces new ones', () => {
    const share = articleShare(corpus);

    expect(share.get('country:syria')).toBeGreaterThan(0.7);
    expect(share.get('country:russia')).toBeGreaterThan(0.5);
    expect(share.get('country:united-states')).toBeGreaterThan(0.5);
    const people = [...share].filter(([id]) => id.startsWith('person:'));
    expect(people.filter(([, s]) => s * SIZE >= 3).length).toBeGreaterThan(5);
    expect(people.filter(([, s]) => s * SIZE === 1).length).toBeGreaterThan(SIZE / 4);
  });

  it('makes hub-heavy articles that all name the three hubs', () => {
    const share = articleShare([...generateCorpus({ seed: 7, hubHeavy: true }, 50)]);

    expect(share.get('country:syria')).toBe(1);
    expect(share.get('country:russia')).toBe(1);
    expect(share.get('country:united-states')).toBe(1);
  });
});
