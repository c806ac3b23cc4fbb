import { loadConfig } from '../../src/config';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import {
  renderApocConf,
  renderNeo4jConf,
  TRANSACTION_MEMORY_MAX,
  TRIGGER_REFRESH_MS,
} from '../../src/neo4j/local/neo4j-conf';

const layout = {
  home: '/tmp/neo4j-home',
  dataDirectory: '/tmp/neo4j-home/data',
  logsDirectory: '/tmp/neo4j-home/logs',
  pluginsDirectory: '/tmp/neo4j-server/plugins',
  boltPort: 7687,
  httpPort: 7474,
};

/** The settings of a neo4j.conf text, by name; comments and blank lines left out. */
function settingsOf(conf: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const line of conf.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    expect(equals).toBeGreaterThan(0);
    const name = line.slice(0, equals);
    expect(settings.has(name)).toBe(false);
    settings.set(name, line.slice(equals + 1));
  }
  return settings;
}

describe("the local server's neo4j.conf", () => {
  it('bounds the memory of one transaction, as docker-compose.yml does', async () => {
    const settings = settingsOf(renderNeo4jConf(layout));
    expect(settings.get('db.memory.transaction.max')).toBe(TRANSACTION_MEMORY_MAX);
    const compose = parse(await readFile(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8')) as {
      services: { neo4j: { environment: Record<string, string> } };
    };
    expect(compose.services.neo4j.environment.NEO4J_db_memory_transaction_max).toBe(TRANSACTION_MEMORY_MAX);
  });

  it('turns APOC triggers on in apoc.conf (APOC 5 ignores neo4j.conf), as docker-compose.yml does', async () => {
    const apoc = settingsOf(renderApocConf());
    expect(apoc.get('apoc.trigger.enabled')).toBe('true');
    expect(apoc.get('apoc.trigger.refresh')).toBe(String(TRIGGER_REFRESH_MS));
    expect([...settingsOf(renderNeo4jConf(layout)).keys()].filter((name) => name.startsWith('apoc.'))).toEqual([]);
    const compose = parse(await readFile(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8')) as {
      services: { neo4j: { environment: Record<string, string> } };
    };
    expect(compose.services.neo4j.environment.APOC_TRIGGER_ENABLED).toBe('true');
    expect(compose.services.neo4j.environment.APOC_TRIGGER_REFRESH).toBe(String(TRIGGER_REFRESH_MS));
  });

  it("lets Neo4j Browser play guides from the API's default host, and still from guides.neo4j.com", () => {
    const settings = settingsOf(renderNeo4jConf(layout));
    const hosts = (settings.get('browser.remote_content_hostname_whitelist') ?? '').split(',');
    expect(hosts).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', 'guides.neo4j.com']));
    expect(hosts).toContain(loadConfig({}).http.host);
  });

  it('uses no Browser setting name that Neo4j 5.26 does not declare (its strict validation would refuse to start)', () => {
    const settings = settingsOf(renderNeo4jConf(layout));
    expect(settings.has('browser.remote_content_hostname_allowlist')).toBe(false);
    expect(settings.has('browser.allow_outgoing_connections')).toBe(false);
  });

  it('binds Bolt and HTTP to loopback on the given ports', () => {
    const settings = settingsOf(renderNeo4jConf(layout));
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7687');
    expect(settings.get('server.http.listen_address')).toBe('127.0.0.1:7474');
  });
});
