import { generateCorpus } from '../../bench/corpus/generate-corpus';
import { batchArticles } from '../../src/write/batch-articles';
import { buildArticleGraph, type FactRow } from '../../src/write/build-article-graph';
import { poolArticleRows } from '../../src/write/pool-article-rows';
import { FACT_RELATIONSHIP_TYPES } from '../../src/vocabulary/relationship-types';
import { writeSteps } from '../../src/write/write-article';

const graphs = [...generateCorpus({ seed: 3 }, 6)].map(buildArticleGraph);

describe('batching articles for multi-article transactions', () => {
  it('cuts the articles into batches of the given size, in order', () => {
    expect(batchArticles(['a', 'b', 'c', 'd', 'e'], 2, (id) => [id])).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(batchArticles([], 3, (id: string) => [id])).toEqual([]);
  });

  it('starts a new batch where an article would appear twice in one', () => {
    expect(batchArticles(['a', 'b', 'a', 'c', 'c'], 10, (id) => [id])).toEqual([['a', 'b'], ['a', 'c'], ['c']]);
  });

  it('starts a new batch where any key of an article (its id or its identity) would repeat', () => {
    const articles = [
      { id: 'a', identity: 'url:x' },
      { id: 'b', identity: 'url:y' },
      { id: 'c', identity: 'url:x' },
    ];
    expect(
      batchArticles(articles, 10, (article) => [article.id, article.identity]).map((b) => b.map((a) => a.id)),
    ).toEqual([['a', 'b'], ['c']]);
  });

  it('rejects a batch size that is not a whole number of articles', () => {
    expect(() => batchArticles(['a'], 0, (id) => [id])).toThrow(RangeError);
    expect(() => batchArticles(['a'], 2.5, (id) => [id])).toThrow(/batch size/);
  });
});

describe('pooling the rows of several articles', () => {
  const pooled = poolArticleRows(graphs);

  it('keeps every row of every article, in the articles’ order', () => {
    const sum = (pick: (graph: (typeof graphs)[number]) => readonly unknown[]) =>
      graphs.reduce((total, graph) => total + pick(graph).length, 0);
    expect(pooled.articles.map((article) => article.id)).toEqual(graphs.map((graph) => graph.article.id));
    expect(pooled.sentences).toHaveLength(sum((graph) => graph.sentences));
    expect(pooled.entities).toEqual(graphs.flatMap((graph) => graph.entities));
    expect(pooled.mentions).toHaveLength(sum((graph) => graph.mentions));
    expect(pooled.claims).toHaveLength(sum((graph) => graph.claims));
    expect(pooled.quotes).toHaveLength(sum((graph) => graph.quotes));
    expect([...pooled.facts.values()].flat()).toHaveLength(sum((graph) => graph.facts));
    expect([...pooled.nodeEvidence.values()].flat()).toHaveLength(sum((graph) => graph.nodeEvidence));
  });

  it('tags each row with the article it came from', () => {
    const second = graphs[1]!;
    const sentence = second.sentences[0]!;
    expect(pooled.sentences).toContainEqual({ ...sentence, articleId: second.article.id });
    for (const row of [...pooled.mentions, ...pooled.claims, ...pooled.quotes, ...pooled.sentences]) {
      expect(graphs.map((graph) => graph.article.id)).toContain(row.articleId);
    }
    const claim = second.claims[0];
    if (claim) expect(pooled.claims).toContainEqual({ ...claim, articleId: second.article.id });
  });

  it('groups facts by the labels of their ends and their type, and evidence by its node’s label', () => {
    for (const [key, facts] of pooled.facts) {
      for (const fact of facts) expect(`${fact.fromLabel}->${fact.toLabel}:${fact.type}`).toBe(key);
    }
    for (const [label, rows] of pooled.nodeEvidence) {
      for (const row of rows) expect(row.label).toBe(label);
    }
  });

  it('lists a publisher only for articles that name one', () => {
    const [first, second] = graphs as [(typeof graphs)[number], (typeof graphs)[number]];
    const unpublished = { ...first, article: { ...first.article, publisherId: null } };
    expect(poolArticleRows([unpublished, second]).publishers).toEqual([
      { articleId: second.article.id, publisherId: second.article.publisherId },
    ]);
  });
});

describe('the write statements', () => {
  it('write nodes before the relationships that join them, leaving out kinds without rows', () => {
    const steps = writeSteps(poolArticleRows(graphs));
    const firstIndex = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.query));
    expect(firstIndex(/MERGE \(a:Article/)).toBe(0);
    expect(firstIndex(/MERGE \(s:Sentence/)).toBeLessThan(firstIndex(/MENTIONED_IN/));
    expect(firstIndex(/MERGE \(e:Entity/)).toBeLessThan(firstIndex(/MENTIONED_IN/));
    expect(firstIndex(/MERGE \(c:Claim/)).toBeLessThan(firstIndex(/MATCH \(a:Entity \{id: row.from\}\), \(b:Claim/));
    expect(firstIndex(/MERGE \(q:Quote/)).toBeLessThan(firstIndex(/EVIDENCED_BY/));
    for (const step of steps) expect(step.rows.length).toBeGreaterThan(0);
  });

  it('take their rows as $rows only, each row naming its article', () => {
    for (const step of writeSteps(poolArticleRows(graphs))) {
      expect(step.query.match(/\$\w+/g)).toEqual(['$rows']);
      expect(step.query).not.toMatch(/\$articleId/);
    }
  });

  it('name each fact type in the statement, never taking it from a row', () => {
    const factSteps = writeSteps(poolArticleRows(graphs)).filter((step) => /row\.from/.test(step.query));
    expect(factSteps.length).toBeGreaterThan(0);
    for (const step of factSteps) {
      const type = /MERGE \(a\)-\[r:(\w+) \{id: row\.id\}\]->\(b\)/.exec(step.query)?.[1];
      expect(FACT_RELATIONSHIP_TYPES).toContain(type);
      for (const row of step.rows as FactRow[]) expect(row.type).toBe(type);
    }
  });

  it('refuse a fact whose type is not in the closed list', () => {
    const [graph] = graphs as [(typeof graphs)[number]];
    const fact = { ...graph.facts[0]!, type: 'DROPPED_ALL' };
    expect(() => writeSteps(poolArticleRows([{ ...graph, facts: [fact] }]))).toThrow(/Invariant violated/);
  });

  it('write nothing for no articles', () => {
    expect(writeSteps(poolArticleRows([]))).toEqual([]);
  });
});
