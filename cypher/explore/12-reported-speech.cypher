// Reported speech: claims and quotes the article has second hand, as chains from the one who said
// it, through whoever relayed it, to the outlet that published the article. Russian news agencies
// report, citing Peskov, that Lavrov and Tillerson agreed the joint statement: the claim is
// asserted by Peskov and reported by the agencies, and RT published it. Each row also lists the
// facts the graph holds only on the strength of that claim (the relationships whose claimId is the
// claim's id), with the words of the claim's evidence.
// Parameters:
//   entityId  '' for every chain, or an entity id to keep the chains it is part of, as source or
//             as reporter, e.g. 'person:dmitry-peskov', 'organization:russian-news-agencies'
// Adapt: for the picture, run
// MATCH path = (:Entity)-[:ASSERTED|AGREED_TO|SAID]->(:Claim|Quote)-[:REPORTED_BY]->(:Entity) RETURN path
// Claims without REPORTED_BY are the article's own report of what someone said: 11-claims.cypher
// lists them all.
:param entityId => '';
MATCH (said:Claim|Quote)-[:REPORTED_BY]->(:Entity)
WITH DISTINCT said
WHERE $entityId = ''
   OR EXISTS { (said)-[:REPORTED_BY]->(:Entity {id: $entityId}) }
   OR EXISTS { (said)<-[:ASSERTED|AGREED_TO|SAID]-(:Entity {id: $entityId}) }
OPTIONAL MATCH (article:Article {id: said.articleId})
WITH said, article,
     COLLECT { MATCH (said)<-[:ASSERTED|AGREED_TO|SAID]-(source:Entity) RETURN source.name } AS sources,
     COLLECT { MATCH (said)-[:REPORTED_BY]->(reporter:Entity) RETURN reporter.name } AS reporters,
     COLLECT { MATCH (article)-[:PUBLISHED_BY]->(outlet:Entity) RETURN outlet.name } AS outlets
RETURN CASE WHEN said:Quote THEN 'quote' ELSE 'claim' END AS kind,
       said.text AS what,
       sources AS saidBy,
       reporters AS reportedBy,
       outlets AS publishedBy,
       reduce(chain = '', name IN sources | chain + CASE WHEN chain = '' THEN '' ELSE ' and ' END + name) +
       reduce(chain = '', name IN reporters + outlets | chain + ' -> ' + name) AS chain,
       COLLECT {
         MATCH (said)-[evidence:EVIDENCED_BY]->(:Sentence)
         RETURN evidence.text ORDER BY evidence.start
       } AS evidence,
       COLLECT {
         MATCH (from)-[fact]->(to)
         WHERE fact.claimId = said.id
         RETURN coalesce(from.name, from.text) + ' -[' + type(fact) + ']-> ' + coalesce(to.name, to.text)
       } AS factsLearntFromIt,
       article.title AS article,
       said.id AS id
ORDER BY article, id;
