// Neighbourhood: one entity and everything linked to it, drawn as a graph in Neo4j Browser: the
// facts in either direction (roles, documents, events, places), the claims and quotes that are
// about it or that it asserted or said, and the article it published.
// Parameters:
//   entityId  the entity, e.g. 'country:syria', 'person:vladimir-putin', 'organization:kremlin'
//             (find ids with 07-search.cypher)
//   limit     at most this many links
// Adapt: the sentences that mention the entity (MENTIONED_IN) and the sentences that evidence it
// (EVIDENCED_BY) are left out to keep the picture readable. Delete the label expression
// :!MENTIONED_IN&!EVIDENCED_BY to see them. For two hops, change -[link...]- to -[link...]-{1,2}
// and RETURN path as it is. The Table view lists each path, the Graph view draws them all.
:param entityId => 'country:syria';
:param limit => 100;
MATCH path = (entity:Entity {id: $entityId})-[link:!MENTIONED_IN&!EVIDENCED_BY]-(other)
RETURN path
LIMIT $limit;
