// Neighbourhood: one entity and everything linked to it (facts in either direction, the quotes it
// said or that are about it, the articles it published), drawn as a graph in Neo4j Browser.
// Set the entity first (find ids with 07-search.cypher):
// :param entityId => 'country:syria'
// Adapt: the sentences naming the entity are left out (MENTIONED_IN) to keep the picture readable;
// delete the WHERE line to see them. The result table lists each link as (entity, relationship, other).
MATCH (entity:Entity {id: $entityId})
OPTIONAL MATCH (entity)-[link]-(other)
WHERE type(link) <> 'MENTIONED_IN'
RETURN entity, link, other;
