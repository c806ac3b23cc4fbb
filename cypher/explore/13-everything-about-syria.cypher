// Everything about Syria, with its evidence: the facts that link Syria (or a place in it) to other
// entities, the claims that are about it, and the quotes that are about it. Each row has the words
// of the article that state it and the whole sentence or sentences those words are in, in the
// order the article says them.
// Parameters:
//   entityId  the entity, e.g. 'country:syria', 'country:russia', 'person:vladimir-putin',
//             'concept:syrian-conflict'
// Adapt: places in the entity (LOCATED_IN, up to three levels: southwestern Syria, Idlib, the Idlib
// de-escalation zone) count as the entity, and the column about says which of them a row is
// about. Change *0..3 to *0..0 to keep the entity alone. Add WHERE kind = 'claim' after the CALL
// block to see one kind only. The speaker or whoever asserted or agreed is in the column by.
:param entityId => 'country:syria';
MATCH (entity:Entity {id: $entityId})
WITH COLLECT { MATCH (topic:Entity)-[:LOCATED_IN*0..3]->(entity) RETURN DISTINCT topic } AS topics
CALL (topics) {
  UNWIND topics AS topic
  MATCH (topic)-[fact WHERE fact.id IS NOT NULL]-(:Entity)
  WITH DISTINCT fact
  MATCH (article:Article {id: fact.articleId})
  RETURN 'fact' AS kind,
         [node IN [startNode(fact), endNode(fact)] WHERE node IN topics | node.name] AS about,
         startNode(fact).name + ' -[' + type(fact) + coalesce(' as ' + fact.role, '') + ']-> ' +
         endNode(fact).name AS statement,
         [] AS by,
         [fact.text] AS evidence,
         COLLECT {
           MATCH (article)-[:HAS_SENTENCE]->(sentence:Sentence)
           WHERE sentence.start < fact.end AND fact.start < sentence.end
           RETURN sentence.text ORDER BY sentence.index
         } AS sentences,
         fact.start AS start,
         fact.id AS id
  UNION
  UNWIND topics AS topic
  MATCH (claim:Claim)-[:ABOUT]->(topic)
  WITH DISTINCT claim
  RETURN 'claim' AS kind,
         COLLECT { MATCH (claim)-[:ABOUT]->(about:Entity) WHERE about IN topics RETURN about.name } AS about,
         claim.text AS statement,
         COLLECT { MATCH (claim)<-[:ASSERTED|AGREED_TO]-(who:Entity) RETURN DISTINCT who.name } AS by,
         COLLECT { MATCH (claim)-[e:EVIDENCED_BY]->(:Sentence) RETURN e.text ORDER BY e.start } AS evidence,
         COLLECT {
           MATCH (claim)-[:EVIDENCED_BY]->(sentence:Sentence)
           WITH DISTINCT sentence ORDER BY sentence.index
           RETURN sentence.text
         } AS sentences,
         COLLECT { MATCH (claim)-[e:EVIDENCED_BY]->(:Sentence) RETURN e.start ORDER BY e.start }[0] AS start,
         claim.id AS id
  UNION
  UNWIND topics AS topic
  MATCH (quote:Quote)-[:ABOUT]->(topic)
  WITH DISTINCT quote
  RETURN 'quote' AS kind,
         COLLECT { MATCH (quote)-[:ABOUT]->(about:Entity) WHERE about IN topics RETURN about.name } AS about,
         quote.text AS statement,
         COLLECT { MATCH (quote)<-[:SAID]-(who:Entity) RETURN who.name } AS by,
         [quote.text] AS evidence,
         COLLECT {
           MATCH (quote)-[:EVIDENCED_BY]->(sentence:Sentence)
           RETURN sentence.text ORDER BY sentence.index
         } AS sentences,
         quote.start AS start,
         quote.id AS id
}
RETURN kind, about, statement, by, evidence, sentences, id
ORDER BY start, kind, id;
