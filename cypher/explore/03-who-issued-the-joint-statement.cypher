// Who issued the Putin–Trump joint statement, and who agreed it: each fact with the words of the
// article that state it (evidence), the whole sentence, and the article it comes from.
// :param documentId => 'document:joint-statement'
// Adapt: set documentId to another document (e.g. 'document:unsc-resolution-2254' or
// 'document:trump-tweet-2017-11-12'); drop `|AGREED_TO` to list only the issuers.
MATCH (issuer:Entity)-[fact:ISSUED|AGREED_TO]->(document:Document {id: $documentId})
OPTIONAL MATCH (sentence:Sentence {id: fact.sentenceId})
OPTIONAL MATCH (article:Article {id: fact.articleId})
RETURN issuer.name AS who,
       [label IN labels(issuer) WHERE label <> 'Entity'][0] AS kind,
       type(fact) AS how,
       document.name AS document,
       fact.text AS evidence,
       sentence.text AS sentence,
       article.title AS article,
       article.publishedOn AS publishedOn,
       fact.id AS factId
ORDER BY how DESC, who;
