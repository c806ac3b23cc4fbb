// Timeline of an entity: every event linked to it, in date order, undated events last. An event
// counts when a fact links it to the entity in either direction (took part in it, happened in it,
// is about it, held it, resulted in it, part of it) or when a claim or quote about the entity was
// stated at it. Each row gives the date at its precision (2017-07 is a month), whether the date is
// inferred and from what, the event's status (HELD or NOT_HELD), how the event is linked to the
// entity (-[PARTICIPATED_IN]-> as leader: the entity took part, <-[ABOUT]-: the event is about
// it), and the words that link them.
// Parameters:
//   entityId  e.g. 'person:donald-trump', 'person:vladimir-putin', 'country:syria',
//             'event:apec-summit-2017' (its sub-events and what it resulted in)
// Adapt: to see only what the entity took part in, change [link WHERE link.id IS NOT NULL] to
// [link:PARTICIPATED_IN]. For a picture, run
// MATCH path = (:Entity {id: $entityId})-[link WHERE link.id IS NOT NULL]-(:Event) RETURN path
:param entityId => 'person:donald-trump';
MATCH (entity:Entity {id: $entityId})
CALL (entity) {
  MATCH (entity)-[link WHERE link.id IS NOT NULL]-(event:Event)
  RETURN event,
         CASE WHEN startNode(link) = entity THEN '-[' + type(link) + ']->' ELSE '<-[' + type(link) + ']-' END +
         coalesce(' as ' + link.role, '') AS how,
         link.text AS evidence
  UNION
  MATCH (entity)<-[:ABOUT]-(said:Claim|Quote)-[stated:STATED_AT]->(event:Event)
  RETURN event,
         CASE WHEN said:Quote THEN 'quote' ELSE 'claim' END + ' about it stated there: ' + said.text AS how,
         stated.text AS evidence
}
WITH event, collect(how) AS links, collect(evidence) AS evidence
RETURN event.dateValue AS date,
       event.datePrecision AS precision,
       event.dateInferred AS inferred,
       event.name AS name,
       event.eventType AS type,
       event.status AS status,
       links,
       evidence,
       event.dateBasis AS dateBasis,
       event.id AS eventId
ORDER BY event.date IS NULL, event.date, name;
