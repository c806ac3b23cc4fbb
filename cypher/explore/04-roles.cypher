// Roles: every position a person holds (HOLDS_ROLE), where (a country or an organization), the
// date it is stated for (asOf, the article's publication date), and the evidence that says so.
// Adapt: to see one person, add `WHERE person.id = 'person:sergey-lavrov'` after the MATCH line;
// to see everyone with a role in one place, `WHERE place.id = 'country:russia'`.
MATCH (person:Person)-[role:HOLDS_ROLE]->(place:Entity)
OPTIONAL MATCH (sentence:Sentence {id: role.sentenceId})
RETURN person.name AS person,
       role.title AS title,
       place.name AS `where`,
       [label IN labels(place) WHERE label <> 'Entity'][0] AS whereKind,
       role.asOf AS asOf,
       role.text AS evidence,
       sentence.text AS sentence,
       role.articleId AS article,
       role.id AS factId
ORDER BY person, asOf DESC, title;
