/**
 * The README's GraphQL examples (section "GraphQL examples"), sent in turn by every connection.
 * They name the seed article's ids; the synthetic corpus shares its hubs (Syria, Russia, the
 * US), so the hub queries run over a graph many articles deep.
 */
export const README_QUERIES = [
  `{ documents(where: { id: { eq: "document:joint-statement" } }) { name issuedBy { name }
     claims(sort: [{ text: ASC }]) { text agreedBy { name } evidenceConnection { edges { properties { text } } } } } }`,
  `{ events(where: { id: { eq: "event:putin-trump-first-meeting" } }) { name dateValue datePrecision dateInferred dateBasis
     occurredIn { name } partOf { name } participantsConnection { edges { properties { role text } node { name } } } } }`,
  `{ timeline(entityId: "person:vladimir-putin") { dateValue name status }
     search(query: "ISIL") { kind id label }
     connection(fromId: "person:sergey-lavrov", toId: "person:dmitry-peskov") { length
       steps { from { name } relationship to { name } evidence } } }`,
  `{ quotes(where: { speaker: { some: { id: { eq: "person:donald-trump" } } } }, sort: [{ start: ASC }]) { text expresses { text } }
     evidence(id: "claim:rt-2017-11-11-putin-trump-syria-joint-statement/no-military-solution") { sentence text start end } }`,
  `{ people(where: { name: { in: ["Sergey Lavrov", "Rex Tillerson", "Dmitry Peskov"] } }) { name
     rolesInCountriesConnection { edges { properties { title asOf } node { name } } }
     rolesInOrganizationsConnection { edges { properties { title asOf } node { name } } } } }`,
  `{ entityLinks(entityId: "country:syria", limit: 20) { relationship direction otherName otherKind evidence sentence } }`,
];
