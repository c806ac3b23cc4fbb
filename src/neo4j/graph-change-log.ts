import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

/** The label of the one node that holds the change log. */
export const CHANGE_LOG_LABEL = 'GraphChangeLog';
/** The APOC trigger that writes it. */
export const CHANGE_LOG_TRIGGER = 'graphChangeLog';
/** Entries kept: a reader that falls further behind than this drops everything instead. */
export const CHANGE_LOG_ENTRIES = 256;
/** More changed nodes than this in one transaction are logged as a structural change. */
export const CHANGE_LOG_MAX_IDS = 1000;

/**
 * What one committed write transaction changed: `structural` (a node or relationship created or
 * deleted, a label added or removed, a relationship property set or removed, a node's `id`
 * changed, a changed node without a string `id`, or too many nodes to list), or only properties
 * of nodes: their ids and the property keys set or removed.
 */
export type ChangeEntry = { structural: true } | { structural: false; ids: string[]; keys: string[] };

/**
 * The trigger's statement, run by APOC in the `before` phase, that is inside every write
 * transaction, so that the log commits with the change or not at all. It never sees its own write
 * to the log node (APOC gives it the transaction's changes before the trigger ran). It only
 * MATCHes the log node: where the log is gone (`MATCH (n) DETACH DELETE n`), writes go unlogged
 * and readers drop everything on every write, until `npm run db:schema` or a start makes it again.
 * The structural test comes first, and the node lists are only read when nothing was deleted
 * (a deleted node's properties cannot be read).
 */
export const CHANGE_LOG_STATEMENT = `
WITH size($createdNodes) > 0 OR size($deletedNodes) > 0
  OR size($createdRelationships) > 0 OR size($deletedRelationships) > 0
  OR size(keys($assignedLabels)) > 0 OR size(keys($removedLabels)) > 0
  OR size(keys($assignedRelationshipProperties)) > 0 OR size(keys($removedRelationshipProperties)) > 0
  OR 'id' IN keys($assignedNodeProperties) OR 'id' IN keys($removedNodeProperties) AS structural
WITH CASE WHEN structural THEN null ELSE
    reduce(n = 0, key IN keys($assignedNodeProperties) | n + size($assignedNodeProperties[key]))
    + reduce(n = 0, key IN keys($removedNodeProperties) | n + size($removedNodeProperties[key]))
  END AS changed
WITH CASE WHEN changed IS NULL OR changed > $maxIds THEN null ELSE
    apoc.coll.flatten([key IN keys($assignedNodeProperties) | [entry IN $assignedNodeProperties[key] | entry.node.id]])
    + apoc.coll.flatten([key IN keys($removedNodeProperties) | [entry IN $removedNodeProperties[key] | entry.node.id]])
  END AS ids
WITH CASE WHEN ids IS NULL OR any(id IN ids WHERE NOT id IS :: STRING NOT NULL) THEN {structural: true}
  ELSE {structural: false, ids: apoc.coll.toSet(ids),
        keys: apoc.coll.toSet(keys($assignedNodeProperties) + keys($removedNodeProperties))}
  END AS change
MATCH (log:GraphChangeLog {id: 'log'})
SET log.seq = log.seq + 1,
    log.generation = $generation,
    log.entries = (log.entries + apoc.convert.toJson(change))[-$maxEntries..]`;

// Made once where the schema is applied; the trigger only updates it.
const CREATE_LOG = `
MERGE (log:GraphChangeLog {id: 'log'})
  ON CREATE SET log.epoch = randomUUID(), log.seq = 0, log.entries = []`;

const SHOW_TRIGGERS =
  'CALL apoc.trigger.show($database) YIELD name, query, params, paused RETURN name, query, params, paused';
const INSTALL_TRIGGER =
  "CALL apoc.trigger.install($database, $name, $statement, {phase: 'before'}, {params: $params}) YIELD name RETURN name";

export type ChangeLogInstallation = { installed: true; changed: boolean } | { installed: false; reason: string };

let warned = false;

/**
 * Makes the change log and installs its trigger, unless the same trigger is installed and
 * running already (idempotent). A new installation gets a new `generation`: the first
 * transaction it logs writes it, so a reader sees that the trigger changed and drops everything
 * (writes made while no trigger ran are not in the log). Where APOC's triggers are not available
 * (Aura, `apoc.trigger.enabled` not set, a user without admin rights) it logs one warning and
 * leaves the response cache dropping every answer at every write, as without a log.
 */
export async function installGraphChangeLog(
  driver: Driver,
  database: string,
  logger?: Pick<Logger, 'warn'>,
): Promise<ChangeLogInstallation> {
  try {
    await driver.executeQuery(CREATE_LOG, {}, { database });
    const params = { maxEntries: CHANGE_LOG_ENTRIES, maxIds: CHANGE_LOG_MAX_IDS };
    const { records } = await driver.executeQuery(SHOW_TRIGGERS, { database }, { database: 'system' });
    const current = records.find((record) => record.get('name') === CHANGE_LOG_TRIGGER);
    const currentParams = current?.get('params') as Record<string, unknown> | undefined;
    if (
      current &&
      current.get('query') === CHANGE_LOG_STATEMENT &&
      current.get('paused') === false &&
      currentParams?.maxEntries === params.maxEntries &&
      currentParams.maxIds === params.maxIds &&
      typeof currentParams.generation === 'string'
    ) {
      return { installed: true, changed: false };
    }
    await driver.executeQuery(
      INSTALL_TRIGGER,
      {
        database,
        name: CHANGE_LOG_TRIGGER,
        statement: CHANGE_LOG_STATEMENT,
        params: { ...params, generation: randomUUID() },
      },
      { database: 'system' },
    );
    return { installed: true, changed: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!warned) {
      warned = true;
      logger?.warn(
        `The graph's change log could not be set up on database ${database} (${reason}). The response cache ` +
          'still never serves a stale answer, but drops every answer at every write. To keep answers a write ' +
          'does not touch, set apoc.trigger.enabled=true in apoc.conf (or APOC_TRIGGER_ENABLED=true) and run ' +
          '`npm run db:schema` as an admin user; see docs/scaling.md.',
      );
    }
    return { installed: false, reason };
  }
}

/** The log as a reader sees it. */
export interface ChangeLogState {
  /** Changes when the log node is made again. */
  epoch: string;
  /** Changes when the trigger is installed again; null until the trigger first ran. */
  generation: string | null;
  /** Write transactions logged so far. */
  seq: number;
  /** The last entries, oldest first: the last is entry `seq`. */
  entries: ChangeEntry[] | null;
}

/** Reads one entry as the trigger wrote it; anything else counts as structural. */
export function parseChangeEntry(json: unknown): ChangeEntry {
  if (typeof json !== 'string') return { structural: true };
  try {
    const value = JSON.parse(json) as { structural?: unknown; ids?: unknown; keys?: unknown };
    if (value.structural === false && isStrings(value.ids) && isStrings(value.keys)) {
      return { structural: false, ids: value.ids, keys: value.keys };
    }
  } catch {
    // Not written by the trigger: structural, below.
  }
  return { structural: true };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
