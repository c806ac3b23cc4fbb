// Evidence for a fact: the exact span of article text that states it, the sentence it starts in,
// and a check that the stored offsets really point at those words:
// substring(article.text, start, end - start) must equal the span (spanMatchesArticle = true).
// Give either a fact id (from 03, 04 or 08) and leave the pair null:
// :param factId => null
// ...or a pair of entity ids (either order; quote ids work too) with factId null:
// :param fromId => 'person:vladimir-putin'
// :param toId => 'document:joint-statement'
// Adapt: all three parameters must be set (null is fine) before running. Offsets are UTF-16 code
// units and Cypher counts characters, so they agree unless the text holds characters outside the
// Basic Multilingual Plane (such as emoji).
MATCH (source)-[fact]->(target)
WHERE fact.sentenceId IS NOT NULL
  AND CASE
        WHEN $factId IS NOT NULL THEN fact.id = $factId
        ELSE (source.id = $fromId AND target.id = $toId) OR (source.id = $toId AND target.id = $fromId)
      END
MATCH (article:Article {id: fact.articleId})
OPTIONAL MATCH (sentence:Sentence {id: fact.sentenceId})
WITH source, fact, target, article, sentence,
     // toInteger: offsets written from JavaScript may be stored as floats (131.0).
     substring(article.text, toInteger(fact.start), toInteger(fact.end - fact.start)) AS articleSpan
RETURN fact.id AS factId,
       coalesce(source.name, source.text) AS `from`,
       type(fact) AS fact,
       coalesce(target.name, target.text) AS `to`,
       fact.text AS evidence,
       fact.start AS spanStart,
       fact.end AS spanEnd,
       sentence.text AS sentence,
       article.title AS article,
       articleSpan,
       articleSpan = fact.text AS spanMatchesArticle,
       sentence.start <= fact.start AND fact.start < sentence.end AS spanStartsInSentence
ORDER BY article, spanStart, fact;
