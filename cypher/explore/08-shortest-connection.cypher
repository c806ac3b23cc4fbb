// Paths between two people (or any two entities): the shortest chain of facts that links them,
// walked in either direction through entities, claims and quotes. Only relationships that have an
// id are walked, that is facts, so sentences, mentions and articles never make a shortcut. Peskov
// and Tillerson, for example, are linked through the claim Peskov asserted, which is about
// Tillerson. The Graph view draws the path. The Table view lists its steps, each with the words
// of the article that state it, and the facts' ids (for 06-evidence-for-a-fact.cypher).
// Parameters:
//   fromId  where the path starts, e.g. 'person:dmitry-peskov'
//   toId    where it ends, e.g. 'person:rex-tillerson', 'place:da-nang', 'country:syria'
// Adapt: SHORTEST 1 gives one shortest path. SHORTEST 3 gives the three shortest, and
// ALL SHORTEST every path of the shortest length. Raise {1,8} to search longer chains (no row
// means no connection within that many steps). To walk through entities only, change
// (:Entity|Claim|Quote) to (:Entity).
:param fromId => 'person:dmitry-peskov';
:param toId => 'person:rex-tillerson';
MATCH path = SHORTEST 1
  (start:Entity {id: $fromId})(()-[fact WHERE fact.id IS NOT NULL]-(:Entity|Claim|Quote)){1,8}(finish:Entity {id: $toId})
RETURN path,
       length(path) AS hops,
       [i IN range(0, length(path) - 1) |
         coalesce(nodes(path)[i].name, nodes(path)[i].text) +
         CASE WHEN startNode(fact[i]) = nodes(path)[i] THEN ' -[' + type(fact[i]) + ']-> ' ELSE ' <-[' + type(fact[i]) + ']- ' END +
         coalesce(nodes(path)[i + 1].name, nodes(path)[i + 1].text)
       ] AS steps,
       [step IN fact | step.text] AS evidence,
       [step IN fact | step.id] AS factIds;
