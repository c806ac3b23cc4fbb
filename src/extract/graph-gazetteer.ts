import type { Driver } from 'neo4j-driver';
import type { ArticleFile } from '../vocabulary/article-file-schema';
import { ENTITY_KINDS, type EntityKind } from '../vocabulary/relationship-types';
import type { GazetteerEntry, KnownRole } from './gazetteer';

// Events are left out: "the G20 summit" of one year is not another year's; an event is linked
// only through the article's own words, never by a name shared across years.
const READ_ENTITIES = `
MATCH (e:Entity)
WHERE NOT e:Event
RETURN e.id AS id, [label IN labels(e) WHERE label IN $kinds][0] AS kind, e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       CASE WHEN e:Person
         THEN [(e)-[r:HOLDS_ROLE]->(a:Entity) WHERE r.title IS NOT NULL | {title: r.title, affiliationId: a.id}]
         ELSE [] END AS roles`;

/** The graph's entities as gazetteer entries, so that a new article links to what is there. */
export async function readGraphGazetteer(driver: Driver, database: string): Promise<GazetteerEntry[]> {
  const { records } = await driver.executeQuery(
    READ_ENTITIES,
    { kinds: [...ENTITY_KINDS] },
    { database, routing: 'READ' },
  );
  return records.flatMap((record) => {
    const kind = record.get('kind') as EntityKind | null;
    if (!kind) return [];
    return [
      graphEntry(
        record.get('id') as string,
        kind,
        record.get('name') as string,
        record.get('aliases') as string[],
        record.get('roles') as KnownRole[],
      ),
    ];
  });
}

/** An article file's entities as if they were already in the graph (for evaluation). */
export function gazetteerFromArticleFile(file: ArticleFile): GazetteerEntry[] {
  const rolesOf = (id: string): KnownRole[] =>
    file.relationships
      .filter((r) => r.type === 'HOLDS_ROLE' && r.from === id && r.title)
      .map((r) => ({ title: r.title!, affiliationId: r.to }));
  return file.entities
    .filter((entity) => entity.kind !== 'Event')
    .map((entity) => graphEntry(entity.id, entity.kind, entity.name, entity.aliases, rolesOf(entity.id)));
}

function graphEntry(
  id: string,
  kind: EntityKind,
  name: string,
  aliases: readonly string[],
  roles: readonly KnownRole[] = [],
): GazetteerEntry {
  // Aliases that are not names ("the war-torn state") would match too much; keep capitalised ones.
  return {
    id,
    kind,
    name,
    aliases: aliases.filter((alias) => /^[\p{Lu}@#]/u.test(alias)),
    demonyms: [],
    origin: 'graph',
    ...(roles.length > 0 ? { roles: [...roles] } : {}),
  };
}
