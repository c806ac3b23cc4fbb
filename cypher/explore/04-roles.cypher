// Roles: every position a person holds (HOLDS_ROLE), where (a country or an organization), the
// date the article states it for (asOf, the article's publication date, at asOfPrecision), and the
// words that say so, with their sentence and article.
// Parameters:
//   entityId  '' for everyone, a person's id for that person's roles ('person:sergey-lavrov'), or
//             a country's or organization's id for everyone with a role there ('country:russia',
//             'organization:kremlin')
// Adapt: a role holds as of a date, not for ever. To see the roles stated for a given day or
// earlier, add AND role.asOf <= date('2017-12-31') to the WHERE clause.
:param entityId => '';
MATCH (person:Person)-[role:HOLDS_ROLE]->(place:Entity)
WHERE $entityId = '' OR $entityId IN [person.id, place.id]
OPTIONAL MATCH (sentence:Sentence {id: role.sentenceId})
OPTIONAL MATCH (article:Article {id: role.articleId})
RETURN person.name AS person,
       role.title AS title,
       place.name AS `where`,
       [label IN labels(place) WHERE label <> 'Entity'][0] AS whereKind,
       role.asOf AS asOf,
       role.asOfPrecision AS asOfPrecision,
       role.text AS evidence,
       sentence.text AS sentence,
       article.title AS article,
       role.id AS factId
ORDER BY person, asOf DESC, title;
