// Who issued a document, and who agreed to it: one row per fact, with the words of the article
// that state it (evidence), the sentence they start in and the article. A fact the article only
// reports second hand names the claim it comes from (viaClaim), who asserted that claim and who
// reported it: Lavrov and Tillerson agreed the joint statement, according to Russian news
// agencies, citing Peskov. The last columns say when and where the document was issued, from the
// event that resulted in it.
// Parameters:
//   documentId  the document, e.g. 'document:joint-statement', 'document:unsc-resolution-2254',
//               'document:trump-tweet-2017-11-12', 'document:rt-tweet-2017-11-11'
// Adapt: change ISSUED|AGREED_TO to ISSUED to list only the issuers. Add |CHAMPIONED to see who
// pushed for it.
:param documentId => 'document:joint-statement';
MATCH (who:Entity)-[fact:ISSUED|AGREED_TO]->(document:Document {id: $documentId})
OPTIONAL MATCH (sentence:Sentence {id: fact.sentenceId})
OPTIONAL MATCH (article:Article {id: fact.articleId})
OPTIONAL MATCH (claim:Claim {id: fact.claimId})
RETURN who.name AS who,
       [label IN labels(who) WHERE label <> 'Entity'][0] AS kind,
       type(fact) AS how,
       document.name AS document,
       fact.text AS evidence,
       sentence.text AS sentence,
       claim.text AS viaClaim,
       COLLECT { MATCH (claim)<-[:ASSERTED]-(source:Entity) RETURN source.name } AS claimAssertedBy,
       COLLECT { MATCH (claim)-[:REPORTED_BY]->(reporter:Entity) RETURN reporter.name } AS claimReportedBy,
       COLLECT {
         MATCH (event:Event)-[:RESULTED_IN]->(document)
         RETURN event.name + ' (' + coalesce(event.dateValue, 'undated') + ')'
       } AS issuedAt,
       COLLECT {
         MATCH (event:Event)-[:RESULTED_IN]->(document)
         MATCH (event)-[:PART_OF*0..2]->(:Event)-[:OCCURRED_IN]->(place:Entity)
         RETURN DISTINCT place.name
       } AS issuedWhere,
       article.title AS article,
       fact.id AS factId
ORDER BY how DESC, who;
