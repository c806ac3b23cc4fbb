// Why these words are this entity: every mention of one entity, in every article, with how it was
// linked. A curated mention was linked by hand; an extracted one carries the extractor's reason
// (an alias, a surname named earlier in the article, a spelling variant of a name already in the
// graph, a title such as "the Russian leader") and its confidence. This is how to see why two
// mentions in two articles became one node, and to find a doubtful link.
// Parameters:
//   entityId        the entity: 'person:sergey-lavrov', 'country:russia', ...
//   maxPercent      only mentions linked with at most this confidence, in percent (100: all of them)
// Adapt: to review the weakest links the extractor made anywhere, run
// MATCH (e:Entity)-[m:MENTIONED_IN {extracted: true}]->(s:Sentence)
// RETURN e.name, m.text, m.reason, m.confidence ORDER BY m.confidence LIMIT 50
:param entityId => 'person:sergey-lavrov';
:param maxPercent => 100;
MATCH (entity:Entity {id: $entityId})-[mention:MENTIONED_IN]->(sentence:Sentence)
WHERE mention.confidence * 100 <= $maxPercent
MATCH (article:Article)-[:HAS_SENTENCE]->(sentence)
RETURN entity.name AS entity,
       mention.text AS words,
       CASE WHEN mention.extracted THEN 'extracted' ELSE 'curated' END AS linkedBy,
       coalesce(mention.reason, 'linked by hand in the article file') AS reason,
       mention.confidence AS confidence,
       sentence.text AS sentence,
       article.title AS inArticle
ORDER BY article.publishedOn, article.id, mention.start;
