// Search: find entities (by name or alias), claims and quotes (by their words) with the fulltext
// index search, best match first. Use it to look up the ids the other queries take. Each hit says
// what it is, who said or asserted it (for quotes and claims), and its description (for entities).
// Parameters:
//   q  a Lucene query, passed to the index as it is: nothing is escaped. Examples: 'Lavrov',
//      'Lavrov~' (fuzzy), 'Syria*' (prefix), '"joint statement"' (phrase, in double quotes),
//      'terrorism AND important', 'name:Putin' or 'aliases:ISIL' or 'text:lives' (one property)
// Adapt: Lucene treats + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / as syntax. Put a backslash before
// one to search for it literally. Raise LIMIT for more hits.
:param q => 'terrorism';
CALL db.index.fulltext.queryNodes('search', $q) YIELD node, score
RETURN score,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS kind,
       node.id AS id,
       coalesce(node.name, node.text) AS matched,
       node.aliases AS aliases,
       node.description AS description,
       COLLECT { MATCH (who:Entity)-[:SAID|ASSERTED|AGREED_TO]->(node) RETURN DISTINCT who.name } AS saidBy
ORDER BY score DESC
LIMIT 25;
