import { parseJavaMajorVersion } from '../../src/neo4j/local/java';
import { isAtLeast } from '../../src/neo4j/check-server';

describe('version checks', () => {
  it('reads the major version of modern and legacy Java', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajorVersion('no version here')).toBeUndefined();
  });

  it('accepts Neo4j 5.26 and calendar versions, and refuses older ones', () => {
    expect(isAtLeast('5.26.19', [5, 26])).toBe(true);
    expect(isAtLeast('2025.01.0', [5, 26])).toBe(true);
    expect(isAtLeast('5.25.1', [5, 26])).toBe(false);
    expect(isAtLeast('4.4.30', [5, 26])).toBe(false);
  });
});
