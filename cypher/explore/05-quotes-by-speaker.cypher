// Quotes by speaker: the words a person, organization or document is quoted as saying, in the
// order they appear in each article, with who reported them, what they are about and the sentence.
// :param speakerId => 'person:vladimir-putin'
// Adapt: other speakers in the seed article are 'person:donald-trump', 'person:rex-tillerson',
// 'organization:white-house' and 'document:joint-statement'. To list every speaker and how often
// they are quoted: MATCH (s:Entity)-[:SAID]->(q:Quote) RETURN s.id, s.name, count(q) ORDER BY count(q) DESC
MATCH (speaker:Entity {id: $speakerId})-[:SAID]->(quote:Quote)
RETURN speaker.name AS speaker,
       quote.text AS quote,
       COLLECT { MATCH (quote)-[:REPORTED_BY]->(reporter:Entity) RETURN reporter.name } AS reportedBy,
       COLLECT { MATCH (quote)-[:ABOUT]->(topic:Entity) RETURN topic.name ORDER BY topic.name } AS about,
       COLLECT {
         MATCH (quote)-[:IN_SENTENCE]->(sentence:Sentence)
         RETURN sentence.text ORDER BY sentence.index
       } AS sentences,
       quote.articleId AS article,
       quote.id AS quoteId
ORDER BY article, quote.start;
