// Claims: every proposition an article reports, in the order the article makes it, with who
// asserted it or agreed to it, who reported it (when the article has it second hand), the document
// it is stated in or the occasion it was stated at, what it is about, the quotes that word it, and
// the evidence: the words of the article that state it, sentence by sentence.
// Parameters:
//   articleId  the article, e.g. 'rt-2017-11-11-putin-trump-syria-joint-statement'
//   entityId   '' for every claim, or an entity id to keep the claims it asserted, agreed to or
//              is the subject of, e.g. 'person:vladimir-putin', 'country:syria'
// Adapt: to find articles, run MATCH (a:Article) RETURN a.id, a.title, a.publishedOn. For a
// picture of the claims and the entities around them, run
// MATCH path = (:Claim {articleId: $articleId})-[r WHERE r.id IS NOT NULL]-(:Entity) RETURN path
:param articleId => 'rt-2017-11-11-putin-trump-syria-joint-statement';
:param entityId => '';
MATCH (claim:Claim {articleId: $articleId})
WHERE $entityId = ''
   OR EXISTS { (claim)-[:ABOUT]->(:Entity {id: $entityId}) }
   OR EXISTS { (claim)<-[:ASSERTED|AGREED_TO]-(:Entity {id: $entityId}) }
RETURN claim.text AS claim,
       COLLECT { MATCH (claim)<-[:ASSERTED]-(who:Entity) RETURN who.name ORDER BY who.name } AS assertedBy,
       COLLECT { MATCH (claim)<-[:AGREED_TO]-(who:Entity) RETURN who.name ORDER BY who.name } AS agreedBy,
       COLLECT { MATCH (claim)-[:REPORTED_BY]->(who:Entity) RETURN who.name ORDER BY who.name } AS reportedBy,
       COLLECT { MATCH (claim)-[:STATED_IN]->(document:Entity) RETURN document.name } AS statedIn,
       COLLECT {
         MATCH (claim)-[:STATED_AT]->(occasion:Event)
         RETURN occasion.name + ' (' + coalesce(occasion.dateValue, 'undated') + ')'
       } AS statedAt,
       COLLECT { MATCH (claim)-[:ABOUT]->(topic:Entity) RETURN topic.name ORDER BY topic.name } AS about,
       COLLECT { MATCH (quote:Quote)-[:EXPRESSES]->(claim) RETURN quote.text ORDER BY quote.start } AS quotes,
       COLLECT {
         MATCH (claim)-[evidence:EVIDENCED_BY {aspect: 'claim'}]->(:Sentence)
         RETURN evidence.text ORDER BY evidence.start
       } AS evidence,
       COLLECT {
         MATCH (claim)-[:EVIDENCED_BY {aspect: 'claim'}]->(sentence:Sentence)
         WITH DISTINCT sentence ORDER BY sentence.index
         RETURN sentence.text
       } AS sentences,
       COLLECT { MATCH (claim)-[evidence:EVIDENCED_BY]->(:Sentence) RETURN evidence.start ORDER BY evidence.start }[0] AS start,
       claim.id AS claimId
ORDER BY start, claimId;
