// One event, many sources: an entity (an event, a document, a person...) as every article that
// names it sees it. First the articles and outlets that mention it, then each fact about it
// counted once, with how many articles and how many outlets state it and which: "Lavrov holds
// the role Foreign Minister of Russia: 3 articles, 3 outlets". A fact stated by several outlets
// is corroborated; one stated once rests on one report. Resolution (src/resolve/) is what makes
// several reports of one statement or meeting one node: the mentions' reasons say why.
// Parameters:
//   entityId     the entity: 'document:joint-statement', 'event:apec-summit-2017', 'person:sergey-lavrov'
//   minArticles  only facts stated by at least this many articles (1: all of them)
// Adapt: for the facts the most outlets agree on across the whole graph, drop the first MATCH's
// id and ORDER BY outlets DESC.
:param entityId => 'document:joint-statement';
:param minArticles => 1;
MATCH (entity:Entity {id: $entityId})
CALL (entity) {
  MATCH (entity)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(article:Article)
  RETURN count(DISTINCT article) AS mentionedIn, collect(DISTINCT article.sourceName) AS mentionedBy
}
MATCH (entity)-[fact]-(other:Entity)
WHERE fact.articleId IS NOT NULL AND fact.sentenceId IS NOT NULL
WITH entity, mentionedIn, mentionedBy, startNode(fact) AS subject, type(fact) AS relationship,
     endNode(fact) AS object, toLower(coalesce(fact.title, fact.role, '')) AS qualifier,
     collect(DISTINCT fact.articleId) AS articleIds
WHERE size(articleIds) >= $minArticles
CALL (articleIds) {
  UNWIND articleIds AS articleId
  MATCH (article:Article {id: articleId})
  RETURN collect(DISTINCT article.sourceName) AS outlets
}
RETURN entity.name AS entity,
       mentionedIn AS articlesMentioningIt,
       mentionedBy AS outletsMentioningIt,
       subject.name + ' ' + relationship + ' ' + object.name +
         CASE WHEN qualifier = '' THEN '' ELSE ' (' + qualifier + ')' END AS fact,
       size(articleIds) AS articles,
       size(outlets) AS outlets,
       outlets AS statedBy
ORDER BY outlets DESC, articles DESC, fact;
