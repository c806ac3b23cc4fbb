// Search: find entities (by name or alias) and quotes (by their words) with the fulltext index
// `search`, best match first. Use it to look up the ids the other queries take.
// :param q => 'Lavrov'
// Adapt: q is Lucene syntax: 'Lavrov~' (fuzzy), 'Syria*' (prefix), '"joint statement"' (phrase),
// 'terrorism AND important', 'name:Putin' (one property only: name, aliases or text).
CALL db.index.fulltext.queryNodes('search', $q) YIELD node, score
RETURN score,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS kind,
       node.id AS id,
       coalesce(node.name, node.text) AS matched,
       node.aliases AS aliases,
       node.description AS description,
       COLLECT { MATCH (speaker:Entity)-[:SAID]->(node) RETURN speaker.name } AS saidBy
ORDER BY score DESC
LIMIT 25;
