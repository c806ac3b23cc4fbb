import { createRequire } from 'node:module';
import path from 'node:path';

// The patch is not reachable through the package's exports map, so its files are loaded by path.
const dist = path.dirname(require.resolve('@neo4j/graphql'));
const load = (file: string): unknown => createRequire(__filename)(path.join(dist, file));

interface InterfaceAdapter {
  name: string;
}

describe('patches/@neo4j+graphql (applied by npm install)', () => {
  it('builds one adapter per interface and reuses it, instead of one per connection field per request', () => {
    const { InterfaceEntity } = load('schema-model/entity/InterfaceEntity.js') as {
      InterfaceEntity: new (options: { name: string; concreteEntities: unknown[] }) => object;
    };
    const { getEntityInterfaces } = load('translate/queryAST/utils/get-entity-interfaces.js') as {
      getEntityInterfaces: (entity: { compositeEntities: object[] }) => InterfaceAdapter[];
    };
    const entity = new InterfaceEntity({ name: 'Entity', concreteEntities: [] });
    const person = { compositeEntities: [entity] };

    const [first] = getEntityInterfaces(person);
    const [second] = getEntityInterfaces(person);
    expect(first?.name).toBe('Entity');
    expect(second).toBe(first);
  });
});
