// Shortest connection: the fewest facts that link two entities, one row per step, each with the
// words of the article that state it. Only fact relationships between entities are walked (not
// MENTIONED_IN, HAS_SENTENCE, quotes or articles), in either direction; the arrow shows which way
// each fact points.
// :param fromId => 'person:sergey-lavrov'
// :param toId => 'place:da-nang'
// Adapt: for the picture in Neo4j Browser, replace everything from UNWIND on with `RETURN path`.
// Raise *..10 to search longer chains; no row means no connection within that many steps.
MATCH (start:Entity {id: $fromId})
MATCH (finish:Entity {id: $toId})
WHERE start <> finish
MATCH path = shortestPath(
  (start)-[:HOLDS_ROLE|ISSUED|AGREED_TO|REFERENCES|ABOUT|ISSUED_AT|PARTICIPATED_IN|LOCATED_IN|PART_OF*..10]-(finish)
)
WHERE all(node IN nodes(path) WHERE node:Entity)
UNWIND range(0, length(path) - 1) AS i
WITH i, nodes(path)[i] AS here, relationships(path)[i] AS fact, nodes(path)[i + 1] AS next
OPTIONAL MATCH (sentence:Sentence {id: fact.sentenceId})
RETURN i + 1 AS step,
       here.name AS `from`,
       CASE WHEN startNode(fact) = here THEN '-[' + type(fact) + ']->' ELSE '<-[' + type(fact) + ']-' END AS fact,
       next.name AS `to`,
       fact.text AS evidence,
       sentence.text AS sentence,
       fact.id AS factId
ORDER BY step;
