// Possible duplicates: the doubts resolution (src/resolve/) left open. When an article names
// someone or something that fits several known entities alike ("Keller" with two known people
// of that surname), it keeps its own node and links it to each candidate with
// POSSIBLY_SAME_AS {score, reason}: never a silent wrong merge. Each row is a pair an admin may
// merge with the GraphQL mutation mergeEntities(keepId:, mergeId:, reason:), with the words
// that raised the doubt so the article can be read first.
// Parameters:
//   minScore  only doubts at least this likely (0 to 1; 0: all of them)
// Adapt: for one entity's doubts, add WHERE candidate.id = 'person:...' after the MATCH.
:param minScore => 0;
MATCH (entity:Entity)-[doubt:POSSIBLY_SAME_AS]->(candidate:Entity)
WHERE doubt.score >= $minScore
OPTIONAL MATCH (entity)-[said:MENTIONED_IN {articleId: doubt.articleId}]->(sentence:Sentence)
WITH entity, doubt, candidate, collect(sentence.text)[0] AS words
RETURN entity.id AS entityId,
       entity.name AS entity,
       candidate.id AS candidateId,
       candidate.name AS candidate,
       doubt.score AS score,
       doubt.reason AS reason,
       doubt.articleId AS article,
       words AS inTheSentence
ORDER BY score DESC, entity, candidate;
