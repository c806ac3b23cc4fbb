import { readFile } from 'node:fs/promises';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { ChangeEntry } from '../neo4j/graph-change-log';
import { cypherPropertyReads, DependencyModel, mayChange, type AnswerDependencies } from './answer-dependencies';
import { buildSchema, TYPE_DEFINITIONS_FILE } from './build-schema';

let model: DependencyModel;

beforeAll(async () => {
  const typeDefs = await readFile(TYPE_DEFINITIONS_FILE, 'utf8');
  // The schema is generated without a database: no query runs here.
  model = new DependencyModel(await buildSchema({} as Driver, { database: 'neo4j' }), typeDefs);
});

function dependencies(query: string, body: object = { data: {} }, variables: object = {}): AnswerDependencies {
  return model.ofAnswer(query, undefined, variables, JSON.stringify(body));
}

function keys(set: ReadonlySet<string> | 'all'): string[] | 'all' {
  return set === 'all' ? 'all' : [...set].sort();
}

const PUTIN = 'person:vladimir-putin';
const LAVROV = 'person:sergey-lavrov';
const description = (...ids: string[]): ChangeEntry => ({ structural: false, ids, keys: ['description'] });

describe('what an answer depends on', () => {
  it('reads the properties selected beside an id as anchored, and the filter keys as unanchored', () => {
    const found = dependencies(
      'query { people(where: { id: { eq: "person:vladimir-putin" } }) { id name description } }',
      { data: { people: [{ id: PUTIN, name: 'Vladimir Putin', description: null }] } },
    );
    expect(keys(found.anchoredKeys)).toEqual(expect.arrayContaining(['description', 'name']));
    expect(keys(found.unanchoredKeys)).not.toContain('description');
    expect(keys(found.unanchoredKeys)).toContain('id');
    expect([...found.ids]).toEqual([PUTIN]);
    expect(mayChange(description(PUTIN), found)).toBe(true);
    expect(mayChange(description(LAVROV), found)).toBe(false);
  });

  it('reads a property selected without an id as unanchored: any node changing it changes the answer', () => {
    const found = dependencies('{ people(limit: 3) { name description } }', {
      data: { people: [{ name: 'Vladimir Putin', description: null }] },
    });
    expect(keys(found.unanchoredKeys)).toEqual(expect.arrayContaining(['description', 'name']));
    expect(mayChange(description(LAVROV), found)).toBe(true);
  });

  it('reads a key a filter or a sort names, literally or through a variable, as unanchored', () => {
    const filtered = dependencies('{ people(where: { description: { contains: "Russia" } }) { id name } }');
    expect(keys(filtered.unanchoredKeys)).toContain('description');
    expect(mayChange(description(LAVROV), filtered)).toBe(true);
    const sorted = dependencies('{ people(sort: [{ description: ASC }], limit: 2) { id } }');
    expect(keys(sorted.unanchoredKeys)).toContain('description');
    const variable = dependencies(
      'query ($where: PersonWhere) { people(where: $where) { id } }',
      { data: { people: [] } },
      { where: { description: { eq: 'x' } } },
    );
    expect(keys(variable.unanchoredKeys)).toContain('description');
    const defaulted = dependencies(
      'query ($where: PersonWhere = { description: { eq: "x" } }) { people(where: $where) { id } }',
    );
    expect(keys(defaulted.unanchoredKeys)).toContain('description');
  });

  it('does not anchor a property selected in a fragment that does not select the id itself', () => {
    const found = dependencies('{ entities { id ... on Person { description } } }');
    expect(keys(found.unanchoredKeys)).toContain('description');
    const spread = dependencies('query { people { id ...Words } } fragment Words on Person { description }');
    expect(keys(spread.unanchoredKeys)).toContain('description');
    const conditional = dependencies('query ($all: Boolean!) { people { id @include(if: $all) description } }');
    expect(keys(conditional.unanchoredKeys)).toContain('description');
  });

  it('reads an aggregate over a property as unanchored', () => {
    const found = dependencies('{ peopleConnection { aggregate { node { description { longest } } } } }');
    expect(keys(found.unanchoredKeys)).toContain('description');
  });

  it('reads what a @cypher statement reads as unanchored, and all of it for search', () => {
    const links = dependencies('{ entityLinks(entityId: "person:vladimir-putin") { otherId otherName } }');
    expect(keys(links.unanchoredKeys)).toEqual(expect.arrayContaining(['name', 'text', 'sentenceId']));
    expect(keys(links.unanchoredKeys)).not.toContain('description');
    expect(mayChange(description(PUTIN), links)).toBe(false);
    expect(mayChange({ structural: false, ids: [LAVROV], keys: ['name'] }, links)).toBe(true);
    const timeline = dependencies('{ timeline(entityId: "person:vladimir-putin") { id name description } }', {
      data: { timeline: [{ id: 'event:apec-2017', name: 'APEC', description: null }] },
    });
    expect(keys(timeline.unanchoredKeys)).toEqual(expect.arrayContaining(['date', 'name']));
    expect(keys(timeline.anchoredKeys)).toContain('description');
    expect(mayChange(description('event:apec-2017'), timeline)).toBe(true);
    expect(mayChange(description('event:other'), timeline)).toBe(false);
    expect(dependencies('{ search(query: "Putin") { id label } }').unanchoredKeys).toBe('all');
  });

  it('depends on everything for a document it cannot walk', () => {
    expect(dependencies('{ nosuchfield }').unanchoredKeys).toBe('all');
    expect(dependencies('{ __schema { types { name } } }').unanchoredKeys).toBe('all');
  });

  it('finds ids under their alias, at any depth', () => {
    const found = dependencies('{ people { key: id name quotes { id text } } }', {
      data: { people: [{ key: PUTIN, name: 'Vladimir Putin', quotes: [{ id: 'quote:1', text: 'Yes' }] }] },
    });
    expect([...found.ids].sort()).toEqual([PUTIN, 'quote:1']);
  });

  it('is changed by any structural write', () => {
    const found = dependencies('{ people(where: { id: { eq: "nobody" } }) { id } }', { data: { people: [] } });
    expect(mayChange({ structural: true }, found)).toBe(true);
    expect(mayChange(description(PUTIN), found)).toBe(false);
  });
});

describe('fields mapped to other properties (@alias)', () => {
  const typeDefs = `
    type Thing @node { id: ID! @alias(property: "uuid") label: String @alias(property: "name") }
    type Part @node { id: ID! label: String @alias(property: "name") }`;

  it('reads the property a field maps to, and anchors nothing on an id that is another property', async () => {
    const aliased = new DependencyModel(await new Neo4jGraphQL({ typeDefs }).getSchema(), typeDefs);
    const things = aliased.ofAnswer('{ things { id label } }', undefined, {}, '{"data":{"things":[]}}');
    expect(keys(things.unanchoredKeys)).toContain('name');
    const parts = aliased.ofAnswer('{ parts { id label } }', undefined, {}, '{"data":{"parts":[]}}');
    expect(keys(parts.anchoredKeys)).toContain('name');
    expect(keys(parts.unanchoredKeys)).not.toContain('name');
  });
});

describe('the property reads of a @cypher statement', () => {
  it('lists `.key` and `key:` reads', () => {
    expect(keys(cypherPropertyReads('MATCH (n:Entity {id: $id}) RETURN n.name AS name'))).toEqual(['id', 'name']);
    expect(keys(cypherPropertyReads('MATCH p = (a)--(b) RETURN nodes(p)[0].name'))).toEqual(['name']);
  });

  it('gives up on reads it cannot list', () => {
    for (const statement of [
      'MATCH (n) RETURN properties(n)',
      'MATCH (n) RETURN keys(n)',
      'MATCH (n) RETURN n {.*}',
      'MATCH (n) RETURN n[$key]',
      'MATCH (n) WITH n, "name" AS k RETURN n[k]',
      'MATCH (n) RETURN n.`odd name`',
      'CALL db.index.fulltext.queryNodes("search", $q) YIELD node RETURN node',
      'RETURN apoc.map.fromPairs([])',
    ]) {
      expect(cypherPropertyReads(statement)).toBe('all');
    }
  });
});
