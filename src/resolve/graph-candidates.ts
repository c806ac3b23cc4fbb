import { int, type Driver } from 'neo4j-driver';
import type { DateRange } from './date-range';
import type { CandidateSource, KnownDocument, KnownEvent } from './known-entities';

// Both statements start from the actors' ids (the entity_id constraint's index) and follow their
// relationships: the cost grows with the actors' own documents and events, not with the graph.
const DOCUMENTS_ISSUED_BY = `
UNWIND $actorIds AS actorId
MATCH (:Entity {id: actorId})-[:ISSUED]->(d:Document)
WITH DISTINCT d LIMIT $limit
RETURN d.id AS id, d.documentType AS documentType, d.dateValue AS date, d.dateInferred AS dateInferred,
       head(COLLECT { MATCH (d)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
                      RETURN toString(a.publishedOn) AS day ORDER BY day LIMIT 1 }) AS firstReported,
       COLLECT { MATCH (issuer:Entity)-[:ISSUED]->(d) RETURN DISTINCT issuer.id } AS issuers`;

const EVENTS_OF = `
UNWIND $actorIds AS actorId
MATCH (:Entity {id: actorId})-[:PARTICIPATED_IN|HELD_BY|OCCURRED_IN]-(e:Event)
WHERE $from IS NULL OR e.date IS NULL OR (e.date >= date($from) - duration('P1Y') AND e.date <= date($to))
WITH DISTINCT e LIMIT $limit
RETURN e.id AS id, e.eventType AS eventType, e.dateValue AS date, e.dateInferred AS dateInferred,
       e.status AS status,
       head(COLLECT { MATCH (e)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
                      RETURN toString(a.publishedOn) AS day ORDER BY day LIMIT 1 }) AS firstReported,
       COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT p.id } AS participants,
       COLLECT { MATCH (e)-[:HELD_BY]->(o:Entity) RETURN DISTINCT o.id } AS organizers,
       COLLECT { MATCH (e)-[:OCCURRED_IN]->(p:Entity) RETURN DISTINCT p.id } AS places`;

// From the events' ids to the articles of those days that name them, to those articles'
// documents that name no issuer: the cost grows with the events' articles, not with the graph.
const DOCUMENTS_NAMED_WITH = `
UNWIND $eventIds AS eventId
MATCH (:Event {id: eventId})-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
WHERE a.publishedOn >= date($from) AND a.publishedOn <= date($to)
WITH DISTINCT eventId, a LIMIT $limit
MATCH (a)-[:HAS_SENTENCE]->(:Sentence)<-[:MENTIONED_IN]-(d:Document)
WHERE NOT EXISTS { MATCH (:Entity)-[:ISSUED]->(d) }
WITH d, collect(DISTINCT eventId) AS occasions LIMIT $limit
RETURN d.id AS id, d.documentType AS documentType, d.dateValue AS date, d.dateInferred AS dateInferred,
       head(COLLECT { MATCH (d)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
                      RETURN toString(a.publishedOn) AS day ORDER BY day LIMIT 1 }) AS firstReported,
       [] AS issuers, occasions`;

// A surname through the fulltext index, as a phrase in the name field: words are letters only.
const PEOPLE_NAMED = `
UNWIND $words AS word
CALL db.index.fulltext.queryNodes('search', 'name:"' + word + '"', {limit: 50}) YIELD node
WITH DISTINCT node WHERE node:Person
RETURN node.id AS id, node.name AS name`;

const CONCEPTS_NAMED = `
UNWIND $words AS word
CALL db.index.fulltext.queryNodes('search', 'name:"' + word + '" OR aliases:"' + word + '"', {limit: 50}) YIELD node
WITH DISTINCT node WHERE node:Concept OR node:Organization
RETURN node.id AS id, CASE WHEN node:Concept THEN 'Concept' ELSE 'Organization' END AS kind, node.name AS name,
       coalesce(node.aliases, []) AS aliases`;

/** How many documents or events of the given actors resolution weighs at most, per article. */
const CANDIDATE_LIMIT = 500;

/** Candidates from the graph, read in READ transactions through indexes. */
export function graphCandidates(driver: Driver, database: string): CandidateSource {
  const read = async (query: string, actorIds: readonly string[], within?: DateRange) => {
    if (actorIds.length === 0) return [];
    const { records } = await driver.executeQuery(
      query,
      { actorIds: [...actorIds], limit: int(CANDIDATE_LIMIT), from: within?.from ?? null, to: within?.to ?? null },
      { database, routing: 'READ' },
    );
    return records.map((record) => record.toObject() as Record<string, unknown>);
  };
  return {
    async documentsIssuedBy(actorIds) {
      return (await read(DOCUMENTS_ISSUED_BY, actorIds)).map(knownDocument);
    },
    async documentsNamedWith(eventIds, within) {
      if (eventIds.length === 0) return [];
      const { records } = await driver.executeQuery(
        DOCUMENTS_NAMED_WITH,
        { eventIds: [...eventIds], limit: int(CANDIDATE_LIMIT), from: within.from, to: within.to },
        { database, routing: 'READ' },
      );
      return records.map((record) => knownDocument(record.toObject() as Record<string, unknown>));
    },
    async peopleNamed(words) {
      const safe = words.filter((word) => /^[\p{L}’'-]+$/u.test(word));
      if (safe.length === 0) return [];
      const { records } = await driver.executeQuery(PEOPLE_NAMED, { words: safe }, { database, routing: 'READ' });
      return records.map((record) => ({ id: record.get('id') as string, name: record.get('name') as string }));
    },
    async termsNamed(words) {
      const safe = words.filter((word) => /^[\p{L}\p{N}’'-]+$/u.test(word));
      if (safe.length === 0) return [];
      const { records } = await driver.executeQuery(CONCEPTS_NAMED, { words: safe }, { database, routing: 'READ' });
      return records.map((record) => ({
        id: record.get('id') as string,
        kind: record.get('kind') as 'Concept' | 'Organization',
        name: record.get('name') as string,
        aliases: record.get('aliases') as string[],
      }));
    },
    async eventsOf(actorIds, within) {
      return (await read(EVENTS_OF, actorIds, within)).map((row): KnownEvent => ({
        id: row.id as string,
        ...optional('eventType', row.eventType as string | null),
        ...optional('date', row.date as string | null),
        ...optional('dateInferred', row.dateInferred as boolean | null),
        ...optional('status', row.status as string | null),
        ...optional('firstReported', row.firstReported as string | null),
        participants: row.participants as string[],
        organizers: row.organizers as string[],
        places: row.places as string[],
      }));
    },
  };
}

function knownDocument(row: Record<string, unknown>): KnownDocument {
  return {
    id: row.id as string,
    ...optional('documentType', row.documentType as string | null),
    ...optional('date', row.date as string | null),
    ...optional('dateInferred', row.dateInferred as boolean | null),
    ...optional('firstReported', row.firstReported as string | null),
    issuers: row.issuers as string[],
    ...optional('occasions', row.occasions as string[] | undefined),
  };
}

function optional<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
