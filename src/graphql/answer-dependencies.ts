import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ChangeEntry } from '../neo4j/graph-change-log';
import { directiveArguments, objectTypeDefinitions } from './type-definitions';

/**
 * Which property writes can change a cached answer, so that a write that changes only node
 * properties (a change log entry: node ids I, property keys K) drops only the answers it can
 * change (src/graphql/response-cache.ts). Any other write drops every answer.
 *
 * Why an answer kept by `mayChange` is never stale. A property-only write leaves every node,
 * relationship, label and relationship property as it was; it changes the values of the keys K
 * on the nodes I and nothing else. The Cypher @neo4j/graphql runs for a query reads a node
 * property for one of two reasons:
 * 1. to choose, order or count nodes: a `where`, `sort` or other argument, an aggregate, a
 *    connection filter, a @cypher statement. Every key these read is in `unanchoredKeys` (for
 *    arguments, every input field name at any depth, a superset; for a @cypher statement, every
 *    `.key` and `key:` in its text, or all keys when it reads properties in ways that cannot be
 *    listed: `properties()`, `keys()`, `n[...]`, `.*`, APOC, a fulltext index).
 * 2. to project a selected field of a node. When the selection set that selects it selects `id`
 *    too (unconditionally), the projection of every node carries the node's id, and the key is
 *    in `anchoredKeys`; otherwise it is in `unanchoredKeys`.
 * If K meets no unanchored key, the same nodes are chosen in the same order and counted alike,
 * so the answer can only differ in projections of nodes in I of keys in K. A projection of an
 * unanchored key is excluded by the first condition; a projection of an anchored key carries its
 * node's id, which is then in the answer. So if K meets no anchored key, or no id of I is in the
 * answer, the answer is what the query would answer now. Fields of types that are not nodes
 * (aggregates, connections, @cypher results) count as unanchored keys by their names, a superset.
 */
export interface DocumentDependencies {
  /** Keys read only beside the node's id in the answer. */
  anchoredKeys: ReadonlySet<string>;
  /** Keys read anywhere else; `all` when a property read cannot be listed. */
  unanchoredKeys: ReadonlySet<string> | 'all';
  /** Answer keys under which an `id` is selected (`id`, or its alias). */
  idKeys: ReadonlySet<string>;
}

/** What one cached answer depends on. */
export interface AnswerDependencies {
  anchoredKeys: ReadonlySet<string>;
  unanchoredKeys: ReadonlySet<string> | 'all';
  /** Every id in the answer. */
  ids: ReadonlySet<string>;
}

/** Depends on everything: for answers whose document could not be walked. */
export const ALL_DEPENDENCIES: AnswerDependencies = {
  anchoredKeys: new Set(),
  unanchoredKeys: 'all',
  ids: new Set(),
};

/** Whether a change log entry can change an answer with these dependencies. */
export function mayChange(entry: ChangeEntry, dependencies: AnswerDependencies): boolean {
  if (entry.structural) return true;
  const { anchoredKeys, unanchoredKeys, ids } = dependencies;
  if (unanchoredKeys === 'all') return true;
  if (entry.keys.some((key) => unanchoredKeys.has(key))) return true;
  return entry.keys.some((key) => anchoredKeys.has(key)) && entry.ids.some((id) => ids.has(id));
}

// A @cypher statement reads properties in ways that cannot be listed: all of them, a map of them,
// an APOC or fulltext call (which may read any), a backquoted name.
const UNLISTABLE_READS = /properties\s*\(|keys\s*\(|\.\s*\*|apoc\.|db\.index\.fulltext|`/i;
// `x[...]` not followed by `.`: a dynamic property access, unless the index is a number or a slice.
const BRACKET_ACCESS = /[A-Za-z0-9_)]\s*\[([^\]]*)\](?!\s*\.)/g;
const PROPERTY_READ = /\.\s*([A-Za-z_][A-Za-z0-9_]*)/g;
const MAP_KEY = /[{,]\s*([A-Za-z_][A-Za-z0-9_]*)\s*:/g;

/** The property keys a @cypher statement reads, or `all` when they cannot be listed. */
export function cypherPropertyReads(statement: string): Set<string> | 'all' {
  if (UNLISTABLE_READS.test(statement)) return 'all';
  for (const [, index] of statement.matchAll(BRACKET_ACCESS)) {
    if (!/^\s*-?\d+\s*$/.test(index ?? '') && !(index ?? '').includes('..')) return 'all';
  }
  const keys = new Set<string>();
  for (const [, key] of statement.matchAll(PROPERTY_READ)) keys.add(key!);
  for (const [, key] of statement.matchAll(MAP_KEY)) keys.add(key!);
  return keys;
}

/** What the type definitions say that the generated schema no longer does. */
interface TypeFacts {
  /** Node types, and interfaces node types implement. */
  nodeTypes: Set<string>;
  /** By `Type.field`: the property a field reads (`@alias`). */
  aliases: Map<string, string>;
  /** By `Type.field`: the keys a @cypher field's statement reads. */
  cypherReads: Map<string, Set<string> | 'all'>;
  /** Types whose @authorization rules may read any property. */
  authorized: Set<string>;
}

/**
 * Walks query documents against the schema @neo4j/graphql generated from `typeDefs`, for the
 * response cache. Documents are walked once (remembered by their text and operation name).
 */
export class DependencyModel {
  private readonly facts: TypeFacts;
  private readonly known = new Map<string, DocumentDependencies>();

  constructor(
    private readonly schema: GraphQLSchema,
    typeDefs: string,
    private readonly maxDocuments = 1000,
  ) {
    this.facts = readTypeFacts(typeDefs);
  }

  /** The dependencies of an answer to `document`, with its variables and its answer's body. */
  ofAnswer(document: string, operationName: string | undefined, variables: unknown, body: string): AnswerDependencies {
    const walked = this.ofDocument(document, operationName);
    if (!walked || walked.unanchoredKeys === 'all') return ALL_DEPENDENCIES;
    const unanchoredKeys = new Set(walked.unanchoredKeys);
    // Arguments given as variables: every key of their values, at any depth (a superset).
    collectObjectKeys(variables, unanchoredKeys);
    const ids = new Set<string>();
    try {
      collectIds(JSON.parse(body), walked.idKeys, ids);
    } catch {
      return ALL_DEPENDENCIES;
    }
    return { anchoredKeys: walked.anchoredKeys, unanchoredKeys, ids };
  }

  /** The dependencies of a query document, or undefined when it is not one query that can be walked. */
  ofDocument(document: string, operationName: string | undefined): DocumentDependencies | undefined {
    const key = `${operationName ?? ''}\n${document}`;
    const known = this.known.get(key);
    if (known) return known;
    let walked: DocumentDependencies | undefined;
    try {
      walked = walkDocument(this.schema, this.facts, parse(document), operationName);
    } catch {
      walked = undefined;
    }
    if (!walked) return undefined;
    if (this.known.size >= this.maxDocuments) this.known.delete(this.known.keys().next().value!);
    this.known.set(key, walked);
    return walked;
  }
}

function readTypeFacts(typeDefs: string): TypeFacts {
  const facts: TypeFacts = { nodeTypes: new Set(), aliases: new Map(), cypherReads: new Map(), authorized: new Set() };
  const interfacesOfNodes: string[] = [];
  for (const definition of objectTypeDefinitions(typeDefs)) {
    const typeName = definition.name.value;
    if (directiveArguments(definition.directives, 'node')) {
      facts.nodeTypes.add(typeName);
      interfacesOfNodes.push(...(definition.interfaces ?? []).map((named) => named.name.value));
    }
    if (directiveArguments(definition.directives, 'authorization')) facts.authorized.add(typeName);
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      const alias = directiveArguments(field.directives, 'alias')?.property;
      if (typeof alias === 'string') facts.aliases.set(key, alias);
      const statement = directiveArguments(field.directives, 'cypher')?.statement;
      if (typeof statement === 'string') facts.cypherReads.set(key, cypherPropertyReads(statement));
      if (directiveArguments(field.directives, 'authorization')) facts.authorized.add(typeName);
    }
  }
  for (const name of interfacesOfNodes) facts.nodeTypes.add(name);
  return facts;
}

class AllKeys extends Error {}

function walkDocument(
  schema: GraphQLSchema,
  facts: TypeFacts,
  document: DocumentNode,
  operationName: string | undefined,
): DocumentDependencies | undefined {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((candidate) => candidate.name?.value === operationName);
  const queryType = schema.getQueryType();
  if (!operation || operation.operation !== OperationTypeNode.QUERY || !queryType) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const anchoredKeys = new Set<string>();
  const unanchoredKeys = new Set<string>();
  const idKeys = new Set<string>();
  const unanchored = (key: string) => unanchoredKeys.add(key);

  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType, seen: ReadonlySet<string>): void => {
    const isNode = facts.nodeTypes.has(type.name);
    if (facts.authorized.has(type.name)) throw new AllKeys();
    // Only an `id` every answer object carries anchors: not one under @include/@skip or in a fragment.
    const idField = selectionSet.selections.find(
      (selection) =>
        selection.kind === Kind.FIELD && selection.name.value === 'id' && (selection.directives ?? []).length === 0,
    );
    // The change log names nodes by their `id` property: a field `id` mapped to another one anchors nothing.
    const anchored = isNode && idField?.kind === Kind.FIELD && (facts.aliases.get(`${type.name}.id`) ?? 'id') === 'id';
    if (anchored) idKeys.add(idField.alias?.value ?? 'id');
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (!condition) throw new AllKeys();
        walk(selection.selectionSet, condition, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (!fragment || !condition || seen.has(name)) throw new AllKeys();
        walk(fragment.selectionSet, condition, new Set([...seen, name]));
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      const field = fieldOf(type, name);
      if (!field) throw new AllKeys();
      for (const argument of selection.arguments ?? []) {
        if (/fulltext|phrase/i.test(argument.name.value)) throw new AllKeys();
        const argumentType = getNamedType(field.args.find((candidate) => candidate.name === argument.name.value)?.type);
        if (argumentType && isInputObjectType(argumentType)) collectInputKeys(argument.value, unanchored);
      }
      if (/fulltext/i.test(name)) throw new AllKeys();
      const key = `${type.name}.${name}`;
      const cypher = facts.cypherReads.get(key) ?? cypherOfImplementations(schema, facts, type, name);
      if (cypher === 'all') throw new AllKeys();
      cypher?.forEach(unanchored);
      if (type !== queryType) {
        // A node's field, beside its id or not (a relationship's name is no property: a harmless
        // extra); any other object's field (an aggregate's, a connection's) counts by its name.
        const property = facts.aliases.get(key) ?? name;
        if (anchored && !cypher) anchoredKeys.add(property);
        else unanchored(property);
      }
      const fieldType = getNamedType(field.type);
      if (isLeafType(fieldType)) continue;
      if (!selection.selectionSet) throw new AllKeys();
      walk(selection.selectionSet, fieldType, seen);
    }
  };

  for (const variable of operation.variableDefinitions ?? []) {
    if (variable.defaultValue) collectInputKeys(variable.defaultValue, unanchored);
  }
  try {
    walk(operation.selectionSet, queryType, new Set());
  } catch (error) {
    if (error instanceof AllKeys) return { anchoredKeys, unanchoredKeys: 'all', idKeys };
    throw error;
  }
  return { anchoredKeys, unanchoredKeys, idKeys };
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** A field asked through an interface is answered by its implementations: any @cypher among them. */
function cypherOfImplementations(
  schema: GraphQLSchema,
  facts: TypeFacts,
  type: GraphQLNamedType,
  name: string,
): Set<string> | 'all' | undefined {
  if (!isInterfaceType(type)) return undefined;
  let reads: Set<string> | undefined;
  for (const implementation of schema.getPossibleTypes(type)) {
    const own = facts.cypherReads.get(`${implementation.name}.${name}`);
    if (own === 'all') return 'all';
    if (own) reads = new Set([...(reads ?? []), ...own]);
  }
  return reads;
}

/** Every input field name in an argument's value, at any depth (variables are read from their values). */
function collectInputKeys(value: ValueNode, add: (key: string) => void): void {
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      add(field.name.value);
      collectInputKeys(field.value, add);
    }
  } else if (value.kind === Kind.LIST) {
    for (const item of value.values) collectInputKeys(item, add);
  }
}

function collectObjectKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjectKeys(item, keys);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      collectObjectKeys(item, keys);
    }
  }
}

function collectIds(value: unknown, idKeys: ReadonlySet<string>, ids: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectIds(item, idKeys, ids);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (idKeys.has(key) && typeof item === 'string') ids.add(item);
      else collectIds(item, idKeys, ids);
    }
  }
}
