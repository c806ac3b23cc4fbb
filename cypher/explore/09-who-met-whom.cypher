// Who met whom, where and when: meetings, conversations and summits, each with its participants
// and their part in it, the place (its own, or that of the summit it was part of), the date at its
// precision, whether that date is inferred and from what, and its status. An event that did not
// take place has status NOT_HELD, and the claims about it give the reason: the official Putin-Trump
// meeting at the APEC summit was decided against, and the White House cited scheduling conflicts.
// Parameters:
//   eventTypes  a regular expression over eventType, matched case-insensitively anywhere in it:
//               'meeting|conversation|summit' takes bilateral meetings, informal conversations
//               and summits. Try 'talks', 'remark' or '.' (every event)
//   personId    '' for every event, or an entity id to keep only the events it took part in,
//               e.g. 'person:donald-trump' or 'person:rex-tillerson'
// Adapt: rows come earliest first, undated last. For a picture of who took part in what, run
// MATCH path = (:Entity)-[:PARTICIPATED_IN]->(:Event)-[:OCCURRED_IN|PART_OF*0..2]->() RETURN path
:param eventTypes => 'meeting|conversation|summit';
:param personId => '';
MATCH (event:Event)
WHERE event.eventType =~ '(?i).*(' + $eventTypes + ').*'
  AND ($personId = '' OR EXISTS { (:Entity {id: $personId})-[:PARTICIPATED_IN]->(event) })
RETURN event.name AS name,
       event.eventType AS type,
       event.status AS status,
       COLLECT {
         MATCH (who:Entity)-[part:PARTICIPATED_IN]->(event)
         RETURN who.name + coalesce(' (' + part.role + ')', '') ORDER BY who.name
       } AS participants,
       COLLECT {
         MATCH (event)-[:PART_OF*0..3]->(:Event)-[:OCCURRED_IN]->(place:Entity)
         OPTIONAL MATCH (place)-[:LOCATED_IN]->(wider:Entity)
         RETURN DISTINCT place.name + coalesce(', ' + wider.name, '')
       } AS place,
       COLLECT { MATCH (event)-[:PART_OF]->(whole:Event) RETURN whole.name } AS partOf,
       event.dateValue AS date,
       event.datePrecision AS datePrecision,
       event.dateInferred AS dateInferred,
       event.dateBasis AS dateBasis,
       COLLECT {
         MATCH (claim:Claim)-[:ABOUT]->(event)
         RETURN coalesce(COLLECT { MATCH (claim)<-[:ASSERTED]-(source:Entity) RETURN source.name }[0] + ': ', '') + claim.text
       } AS claimsAboutIt,
       event.id AS eventId
ORDER BY event.date IS NULL, event.date, event.name;
