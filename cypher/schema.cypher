// The graph's schema: a uniqueness constraint on every node key and on every fact
// relationship's id, an index on the article id of claims, quotes and facts, and a fulltext
// index for search. Every statement is idempotent (IF NOT EXISTS); `npm run db:schema` and
// every start apply this file.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// The graph's change log, one node that a trigger updates in every write transaction and the
// response cache reads (src/neo4j/graph-change-log.ts): looked up by id, made only once.
CREATE CONSTRAINT graph_change_log_id IF NOT EXISTS FOR (n:GraphChangeLog) REQUIRE n.id IS UNIQUE;

// Facts: one relationship per article and evidence span, keyed by id.
CREATE CONSTRAINT holds_role_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT issued_id IF NOT EXISTS FOR ()-[r:ISSUED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT agreed_to_id IF NOT EXISTS FOR ()-[r:AGREED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT references_id IF NOT EXISTS FOR ()-[r:REFERENCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT occurred_in_id IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT held_by_id IF NOT EXISTS FOR ()-[r:HELD_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT capital_of_id IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT resulted_in_id IF NOT EXISTS FOR ()-[r:RESULTED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT championed_id IF NOT EXISTS FOR ()-[r:CHAMPIONED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fights_id IF NOT EXISTS FOR ()-[r:FIGHTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT asserted_id IF NOT EXISTS FOR ()-[r:ASSERTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT stated_in_id IF NOT EXISTS FOR ()-[r:STATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT stated_at_id IF NOT EXISTS FOR ()-[r:STATED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reported_by_id IF NOT EXISTS FOR ()-[r:REPORTED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT said_id IF NOT EXISTS FOR ()-[r:SAID]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT expresses_id IF NOT EXISTS FOR ()-[r:EXPRESSES]-() REQUIRE r.id IS UNIQUE;

// An article is looked up by what identifies it (its normalized URL, or its content) before it
// is written, so that a different article is never written over it (src/ingest/resolve-article-id.ts).
CREATE INDEX article_identity IF NOT EXISTS FOR (n:Article) ON (n.identity);

// Replacing an edited article finds what it wrote by the article's id, through these indexes,
// one fact type at a time (src/ingest/write-article.ts): the cost stays flat as the graph grows.
CREATE INDEX claim_article_id IF NOT EXISTS FOR (n:Claim) ON (n.articleId);
CREATE INDEX quote_article_id IF NOT EXISTS FOR (n:Quote) ON (n.articleId);
CREATE INDEX possibly_same_as_article_id IF NOT EXISTS FOR ()-[r:POSSIBLY_SAME_AS]-() ON (r.articleId);
CREATE INDEX holds_role_article_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId);
CREATE INDEX issued_article_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.articleId);
CREATE INDEX agreed_to_article_id IF NOT EXISTS FOR ()-[r:AGREED_TO]-() ON (r.articleId);
CREATE INDEX references_article_id IF NOT EXISTS FOR ()-[r:REFERENCES]-() ON (r.articleId);
CREATE INDEX about_article_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.articleId);
CREATE INDEX participated_in_article_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.articleId);
CREATE INDEX occurred_in_article_id IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() ON (r.articleId);
CREATE INDEX held_by_article_id IF NOT EXISTS FOR ()-[r:HELD_BY]-() ON (r.articleId);
CREATE INDEX located_in_article_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.articleId);
CREATE INDEX capital_of_article_id IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.articleId);
CREATE INDEX part_of_article_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.articleId);
CREATE INDEX resulted_in_article_id IF NOT EXISTS FOR ()-[r:RESULTED_IN]-() ON (r.articleId);
CREATE INDEX championed_article_id IF NOT EXISTS FOR ()-[r:CHAMPIONED]-() ON (r.articleId);
CREATE INDEX fights_article_id IF NOT EXISTS FOR ()-[r:FIGHTS]-() ON (r.articleId);
CREATE INDEX asserted_article_id IF NOT EXISTS FOR ()-[r:ASSERTED]-() ON (r.articleId);
CREATE INDEX stated_in_article_id IF NOT EXISTS FOR ()-[r:STATED_IN]-() ON (r.articleId);
CREATE INDEX stated_at_article_id IF NOT EXISTS FOR ()-[r:STATED_AT]-() ON (r.articleId);
CREATE INDEX reported_by_article_id IF NOT EXISTS FOR ()-[r:REPORTED_BY]-() ON (r.articleId);
CREATE INDEX said_article_id IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.articleId);
CREATE INDEX expresses_article_id IF NOT EXISTS FOR ()-[r:EXPRESSES]-() ON (r.articleId);

// Search across entity names and aliases, claim text and quote text (Lucene syntax: "ISIL",
// "Lavrov~"). Indexes are never altered in place: src/neo4j/apply-schema.ts drops a `search`
// index of an older definition so that this statement recreates it.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Entity|Claim|Quote) ON EACH [n.name, n.aliases, n.text];
