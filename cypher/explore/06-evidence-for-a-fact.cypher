// Evidence for a fact: the exact words of the article that state it, the sentence they start in,
// the article, and a check that the stored offsets really point at those words:
// substring(article.text, start, end - start) must equal the stored text (matches = true), and the
// span must start inside its sentence (startsInSentence = true). A fact learnt through reported
// speech also names the claim it comes from.
// Parameters:
//   factId  a fact's id (fact:<hash>). Queries 03, 04 and 08 return fact ids, and so does
//           MATCH (a {id: 'person:sergey-lavrov'})-[r]->(b) RETURN type(r), b.id, r.id
// Adapt: offsets are UTF-16 code units and Cypher counts characters, so they agree unless the text
// holds characters outside the Basic Multilingual Plane (such as emoji). To check every fact at
// once, replace the first MATCH line with MATCH (source)-[fact]->(target) WHERE fact.id IS NOT NULL
// and add WHERE articleSpan <> fact.text after the WITH: no rows means every span is right. On a
// large graph, give the fact's type, -[fact:AGREED_TO {id: $factId}]->, so that Neo4j finds the id
// in that type's index instead of reading every relationship.
:param factId => 'fact:3a524bfa5271d6eb80ed';
MATCH (source)-[fact {id: $factId}]->(target)
MATCH (article:Article {id: fact.articleId})
OPTIONAL MATCH (sentence:Sentence {id: fact.sentenceId})
OPTIONAL MATCH (claim:Claim {id: fact.claimId})
WITH source, fact, target, article, sentence, claim,
     substring(article.text, fact.start, fact.end - fact.start) AS articleSpan
RETURN fact.id AS factId,
       coalesce(source.name, source.text) AS `from`,
       type(fact) AS fact,
       coalesce(target.name, target.text) AS `to`,
       fact.role AS role,
       fact.text AS evidence,
       articleSpan,
       articleSpan = fact.text AS matches,
       sentence.start <= fact.start AND fact.start < sentence.end AS startsInSentence,
       fact.start AS start,
       fact.end AS end,
       sentence.text AS sentence,
       claim.text AS viaClaim,
       article.title AS article;
