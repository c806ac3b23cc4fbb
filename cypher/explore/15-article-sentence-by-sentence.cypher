// An article, sentence by sentence: for each sentence, the entities it mentions (with the words
// that mention them), the claims and quotes it holds, and the facts whose evidence starts in it.
// Read it to review what was extracted from an article, or to find which sentence says what.
// Parameters:
//   articleId     the article, e.g. 'rt-2017-11-11-putin-trump-syria-joint-statement'
//   startAt       the index of the first sentence to show (0 is the headline)
//   maxSentences  how many sentences to show
// Adapt: to find articles, run MATCH (a:Article) RETURN a.id, a.title, a.publishedOn
:param articleId => 'rt-2017-11-11-putin-trump-syria-joint-statement';
:param startAt => 0;
:param maxSentences => 40;
MATCH (article:Article {id: $articleId})-[:HAS_SENTENCE]->(sentence:Sentence)
WHERE $startAt <= sentence.index < $startAt + $maxSentences
RETURN sentence.index AS index,
       sentence.text AS sentence,
       COLLECT {
         MATCH (entity:Entity)-[mention:MENTIONED_IN]->(sentence)
         RETURN entity.name + ' (' + mention.text + ')' ORDER BY mention.start
       } AS mentions,
       COLLECT {
         MATCH (claim:Claim)-[:EVIDENCED_BY]->(sentence)
         RETURN DISTINCT claim.text
       } AS claims,
       COLLECT {
         MATCH (quote:Quote)-[:EVIDENCED_BY]->(sentence)
         RETURN quote.text ORDER BY quote.start
       } AS quotes,
       COLLECT {
         MATCH (subject)-[fact]->(object)
         WHERE fact.sentenceId = sentence.id AND fact.id IS NOT NULL AND subject:Entity AND object:Entity
         RETURN subject.name + ' -[' + type(fact) + coalesce(' ' + fact.title, '') + coalesce(' as ' + fact.role, '') + ']-> ' + object.name
       } AS facts,
       sentence.id AS sentenceId
ORDER BY index;
