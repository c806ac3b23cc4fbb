// Who said what: the words a person, organization or document is quoted as saying, in the order
// they appear in each article. For each quote: the words that attribute it (attribution, e.g.
// "Putin said"), the occasion it was said at, what it is about, the claim or claims it is the
// wording of and who asserted or agreed to them, the reported-by chain from the speaker through
// whoever relayed the quote or its claim to the outlet that published the article, and the
// sentence or sentences that hold it.
// Parameters:
//   speakerId  the speaker: 'person:vladimir-putin', 'person:donald-trump', 'person:rex-tillerson',
//              'organization:white-house' or 'document:joint-statement' (a document's voice)
// Adapt: to list every speaker and how often they are quoted, run
// MATCH (s:Entity)-[:SAID]->(q:Quote) RETURN s.id, s.name, count(q) ORDER BY count(q) DESC
// Quotes the article gives no speaker for (scare quotes such as "lowest point") have no SAID: find
// them with MATCH (q:Quote {attributed: false}) RETURN q.text
:param speakerId => 'person:vladimir-putin';
MATCH (speaker:Entity {id: $speakerId})-[said:SAID]->(quote:Quote)
OPTIONAL MATCH (article:Article {id: quote.articleId})
RETURN speaker.name AS speaker,
       quote.text AS quote,
       said.text AS attribution,
       COLLECT { MATCH (quote)-[:STATED_AT]->(occasion:Event) RETURN occasion.name } AS saidAt,
       COLLECT { MATCH (quote)-[:ABOUT]->(topic:Entity) RETURN topic.name ORDER BY topic.name } AS about,
       COLLECT { MATCH (quote)-[:EXPRESSES]->(claim:Claim) RETURN claim.text ORDER BY claim.id } AS expresses,
       COLLECT {
         MATCH (quote)-[:EXPRESSES]->(:Claim)<-[:ASSERTED|AGREED_TO]-(source:Entity)
         RETURN DISTINCT source.name
       } AS claimAssertedOrAgreedBy,
       [speaker.name] +
       COLLECT {
         MATCH (quote)-[:EXPRESSES*0..1]->()-[:REPORTED_BY]->(reporter:Entity)
         RETURN DISTINCT reporter.name
       } +
       COLLECT { MATCH (article)-[:PUBLISHED_BY]->(outlet:Entity) RETURN outlet.name } AS reportedByChain,
       COLLECT {
         MATCH (quote)-[:EVIDENCED_BY {aspect: 'quote'}]->(sentence:Sentence)
         RETURN sentence.text ORDER BY sentence.index
       } AS sentences,
       article.title AS article,
       quote.start AS start,
       quote.id AS quoteId
ORDER BY article, start;
