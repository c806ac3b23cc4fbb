import type { Driver } from 'neo4j-driver';
import { FACT_RELATIONSHIP_TYPES } from '../../src/vocabulary/relationship-types';
import { connectToSeededGraph, resetDatabase, testConnection } from '../support/database';
import { SEED_ARTICLE_ID } from '../support/seed';

const { database } = testConnection();
let driver: Driver;

beforeAll(async () => {
  driver = await connectToSeededGraph();
});

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

async function rows(query: string, parameters: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  const { records } = await driver.executeQuery(query, parameters, { database });
  return records.map((record) => record.toObject());
}

// Relationships that are structure, not statements: they need no evidence of their own.
const STRUCTURAL = ['HAS_SENTENCE', 'PUBLISHED_BY'];

describe('evidence in the graph', () => {
  it('gives back, for every span, exactly the words of the article at its offsets, inside its sentence', async () => {
    const spans = await rows(
      `MATCH (a:Article {id: $articleId})
       CALL (a) {
         MATCH (:Entity)-[m:MENTIONED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(a)
         RETURN 'MENTIONED_IN' AS kind, m.start AS start, m.end AS end, m.text AS text, s AS sentence
         UNION ALL
         MATCH ()-[e:EVIDENCED_BY]->(s:Sentence)<-[:HAS_SENTENCE]-(a)
         RETURN 'EVIDENCED_BY ' + e.aspect AS kind, e.start AS start, e.end AS end, e.text AS text, s AS sentence
         UNION ALL
         MATCH ()-[r]->() WHERE r.articleId = a.id AND r.sentenceId IS NOT NULL
         MATCH (s:Sentence {id: r.sentenceId})
         RETURN type(r) AS kind, r.start AS start, r.end AS end, r.text AS text, s AS sentence
         UNION ALL
         MATCH (q:Quote {articleId: a.id})
         RETURN 'Quote' AS kind, q.start AS start, q.end AS end, q.text AS text, null AS sentence
       }
       RETURN kind, text, substring(a.text, start, end - start) AS actual,
              sentence IS NULL OR (sentence.start <= start AND start < sentence.end) AS startsInSentence,
              sentence IS NULL OR kind STARTS WITH 'EVIDENCED_BY' = false OR end <= sentence.end AS endsInSentence`,
      { articleId: SEED_ARTICLE_ID },
    );

    // 127 mentions, 63 pieces of node evidence, 199 facts and 16 quotes.
    expect(spans).toHaveLength(127 + 63 + 199 + 16);
    const wrong = spans.filter((span) => span.actual !== span.text || !span.startsInSentence || !span.endsInSentence);
    expect(wrong).toEqual([]);
  });

  it('has no fact without evidence: every relationship that states something has its id, article, sentence and words', async () => {
    const unevidenced = await rows(
      `MATCH ()-[r]->()
       WHERE NOT type(r) IN $structural
         AND (r.articleId IS NULL OR r.start IS NULL OR r.end IS NULL OR r.text IS NULL
              OR (NOT type(r) IN ['MENTIONED_IN', 'EVIDENCED_BY'] AND (r.id IS NULL OR r.sentenceId IS NULL)))
       RETURN type(r) AS type, count(*) AS count`,
      { structural: STRUCTURAL },
    );
    expect(unevidenced).toEqual([]);

    const types = await rows(`MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS types`);
    const known = [...STRUCTURAL, 'MENTIONED_IN', 'EVIDENCED_BY', ...FACT_RELATIONSHIP_TYPES];
    expect(types[0]?.types.filter((type: string) => !known.includes(type))).toEqual([]);
  });

  it('has no node without evidence: every entity is mentioned, every claim and quote is evidenced', async () => {
    const bare = await rows(
      `CALL {
         MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->(:Sentence) RETURN e.id AS id
         UNION
         MATCH (n:Claim|Quote) WHERE NOT (n)-[:EVIDENCED_BY]->(:Sentence) RETURN n.id AS id
       }
       RETURN id`,
    );
    expect(bare).toEqual([]);
  });

  it('represents every sentence of the article by at least one fact, claim, quote or date', async () => {
    const unrepresented = await rows(
      `MATCH (:Article {id: $articleId})-[:HAS_SENTENCE]->(s:Sentence)
       WHERE NOT EXISTS { MATCH ()-[r]->() WHERE r.sentenceId = s.id }
         AND NOT EXISTS { MATCH (s)<-[:EVIDENCED_BY]-() }
       RETURN s.index AS index, s.text AS text`,
      { articleId: SEED_ARTICLE_ID },
    );
    expect(unrepresented).toEqual([]);
  });

  it('has for every claim someone who asserted or agreed to it, or the document it is stated in', async () => {
    const orphans = await rows(
      `MATCH (c:Claim) WHERE NOT (c)<-[:ASSERTED|AGREED_TO]-() AND NOT (c)-[:STATED_IN]->(:Document)
       RETURN c.id AS id`,
    );
    expect(orphans).toEqual([]);
  });

  it('dates every event, marks inferred dates with their basis, and points at the words each date comes from', async () => {
    const events = await rows(
      `MATCH (e:Event)
       OPTIONAL MATCH (e)-[d:EVIDENCED_BY {aspect: 'date'}]->(:Sentence)
       RETURN e.id AS id, e.date IS NOT NULL AS dated, e.datePrecision AS precision,
              e.dateInferred AS inferred, e.dateBasis IS NOT NULL AS hasBasis, count(d) AS dateEvidence`,
    );
    expect(events).toHaveLength(9);
    for (const event of events) {
      expect(event).toMatchObject({ dated: true, dateEvidence: 1 });
      expect(['DAY', 'MONTH', 'YEAR']).toContain(event.precision);
      if (event.inferred) expect(event).toMatchObject({ hasBasis: true });
    }
  });

  it('gives attributed quotes exactly one speaker and unattributed ones none', async () => {
    const quotes = await rows(
      `MATCH (q:Quote)
       RETURN q.attributed AS attributed, COUNT { (q)<-[:SAID]-() } AS speakers`,
    );
    for (const quote of quotes) expect(quote.speakers).toBe(quote.attributed ? 1 : 0);
    expect(quotes.filter((quote) => !quote.attributed)).toHaveLength(2);
  });
});
