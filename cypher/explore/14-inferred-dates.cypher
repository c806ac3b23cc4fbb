// Inferred dates: every date the article does not state outright but that was worked out from
// what it says (dateInferred = true), with the reasoning (dateBasis) and the words the date comes
// from (the EVIDENCED_BY relationship with aspect date) in their sentence. "In July" in an article
// of 2017-11-11 becomes 2017-07, at MONTH precision. Events and documents (a statement, a tweet)
// carry dates. The column checked is true when the stored offsets of the words point at those
// very words in their sentence.
// Parameters: none.
// Adapt: to see every date, stated or inferred, delete the WHERE line.
MATCH (dated:Entity)
WHERE dated.dateInferred = true
OPTIONAL MATCH (dated)-[evidence:EVIDENCED_BY {aspect: 'date'}]->(sentence:Sentence)
RETURN dated.name AS name,
       [label IN labels(dated) WHERE label <> 'Entity'][0] AS kind,
       dated.dateValue AS date,
       dated.datePrecision AS precision,
       dated.dateInferred AS inferred,
       dated.dateBasis AS basis,
       evidence.text AS words,
       sentence.text AS sentence,
       substring(sentence.text, evidence.start - sentence.start, evidence.end - evidence.start) = evidence.text AS checked,
       sentence.articleId AS article,
       dated.id AS id
ORDER BY dated.date, name;
