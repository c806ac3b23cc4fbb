import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config';
import { BROWSER_GUIDE_HOSTS } from '../../src/neo4j/local/neo4j-conf';

const ROOT = path.resolve(__dirname, '../..');
const COMPOSE_FILE = path.join(ROOT, 'docker-compose.yml');
const DOCKERFILE = path.join(ROOT, 'Dockerfile');

type Environment = Record<string, string | number | boolean | null> | string[];

interface ComposeService {
  image?: string;
  build?: string | { context?: string };
  environment?: Environment;
  ports?: (string | number | { target: number | string; published?: number | string })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function readCompose(): ComposeFile {
  return parse(readFileSync(COMPOSE_FILE, 'utf8')) as ComposeFile;
}

function service(compose: ComposeFile, name: string): ComposeService {
  const found = compose.services?.[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** A service's environment as raw strings, from either the mapping or the list form. */
function environmentOf(svc: ComposeService): Record<string, string> {
  const environment = svc.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const equals = entry.indexOf('=');
        return equals < 0 ? [entry, ''] : [entry.slice(0, equals), entry.slice(equals + 1)];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [name, value === null ? '' : String(value)]),
  );
}

const INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}/g;

/** What Compose makes of a value when none of its variables is set: each ${VAR:-default} becomes its default. */
function withDefaults(value: string): string {
  return value.replace(INTERPOLATION, (expression: string, _name: string, fallback: string | undefined) => {
    if (fallback === undefined) throw new Error(`${expression} has no default, so Compose would need it set`);
    return fallback;
  });
}

interface PortMapping {
  host?: number;
  container: number;
}

/** Short ("4000:4000", "127.0.0.1:4000:4000/tcp") and long ({ target, published }) port syntax. */
function portsOf(svc: ComposeService): PortMapping[] {
  return (svc.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return {
        container: Number(port.target),
        ...(port.published !== undefined ? { host: Number(port.published) } : {}),
      };
    }
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const container = Number(parts[parts.length - 1]);
    return parts.length > 1 ? { host: Number(parts[parts.length - 2]), container } : { container };
  });
}

function mountsOf(svc: ComposeService): { source?: string; target: string }[] {
  return (svc.volumes ?? []).map((volume) => {
    if (typeof volume === 'object')
      return { ...(volume.source ? { source: volume.source } : {}), target: volume.target };
    const [source, target] = volume.split(':');
    return target === undefined ? { target: source ?? '' } : { ...(source ? { source } : {}), target };
  });
}

/** Validates a Compose file against the Compose Specification's JSON schema, as Docker Compose does. */
function composeSchemaErrors(compose: unknown): string[] {
  const schema = JSON.parse(
    readFileSync(path.join(ROOT, 'tests/support/compose-spec/compose-spec.json'), 'utf8'),
  ) as Record<string, unknown>;
  // The schema names its draft by an address Ajv does not hold; Ajv's default is that draft (07).
  const { $schema: _draft, ...rules } = schema;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(rules);
  return validate(compose) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    expect(composeSchemaErrors(readCompose())).toEqual([]);
  });

  it('would have the schema refuse a mistyped key or a bad value', () => {
    const compose = readCompose();
    const broken = {
      ...compose,
      services: { ...compose.services, api: { ...service(compose, 'api'), healthchek: {}, restart: 7 } },
    };
    expect(composeSchemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('is a YAML mapping with a neo4j and an api service', () => {
    expect(existsSync(COMPOSE_FILE)).toBe(true);
    const compose = readCompose();
    expect(Object.keys(compose.services ?? {})).toEqual(expect.arrayContaining(['neo4j', 'api']));
  });

  it('runs Neo4j 5.26 Community with the APOC plugin the GraphQL library needs', () => {
    const neo4j = service(readCompose(), 'neo4j');
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community(-[\w.]+)?$/);
    const plugins = JSON.parse(environmentOf(neo4j).NEO4J_PLUGINS ?? '[]') as unknown;
    expect(plugins).toEqual(expect.arrayContaining(['apoc']));
  });

  it("lets Neo4j Browser play the API's guide, with the hosts the local server allows", () => {
    // browser.remote_content_hostname_whitelist, in the image's NEO4J_ form (`__` for `_`, `_` for `.`).
    const hosts = environmentOf(service(readCompose(), 'neo4j')).NEO4J_browser_remote__content__hostname__whitelist;
    expect(hosts?.split(',')).toEqual(BROWSER_GUIDE_HOSTS);
  });

  it('publishes Neo4j Bolt (7687) and HTTP (7474) on the same host ports', () => {
    const ports = portsOf(service(readCompose(), 'neo4j'));
    expect(ports).toEqual(
      expect.arrayContaining([
        { host: 7687, container: 7687 },
        { host: 7474, container: 7474 },
      ]),
    );
  });

  it('health-checks Neo4j and keeps its data in a declared named volume at /data', () => {
    const compose = readCompose();
    const neo4j = service(compose, 'neo4j');
    expect(neo4j.healthcheck?.disable).not.toBe(true);
    expect(neo4j.healthcheck?.test).toBeTruthy();
    expect(neo4j.healthcheck?.test?.length).toBeGreaterThan(0);

    const data = mountsOf(neo4j).find((mount) => mount.target === '/data');
    expect(data?.source).toBeDefined();
    // A named volume, not a bind mount of a host path.
    expect(data?.source).not.toMatch(/^[./~]/);
    expect(Object.keys(compose.volumes ?? {})).toContain(data?.source);
  });

  it('builds the API from this folder and starts it only once Neo4j is healthy', () => {
    const api = service(readCompose(), 'api');
    const context = typeof api.build === 'string' ? api.build : api.build?.context;
    expect(context).toBe('.');
    expect(api.depends_on).toEqual(
      expect.objectContaining({ neo4j: expect.objectContaining({ condition: 'service_healthy' }) }),
    );
  });

  it('publishes the port the API listens on', () => {
    const api = service(readCompose(), 'api');
    const port = Number(withDefaults(environmentOf(api).PORT ?? ''));
    expect(Number.isInteger(port)).toBe(true);
    expect(portsOf(api).map((mapping) => mapping.container)).toContain(port);
    expect(withDefaults(environmentOf(api).HOST ?? '')).toBe('0.0.0.0');
  });

  it('wires the API to the neo4j service with the variables the app reads', () => {
    const api = service(readCompose(), 'api');
    const environment = environmentOf(api);
    for (const name of Object.keys(environment)) {
      expect(CONFIG_VARIABLES).toContain(name);
    }
    const uri = new URL(withDefaults(environment.NEO4J_URI ?? ''));
    expect(uri.protocol).toMatch(/^(bolt|neo4j):$/);
    expect(uri.hostname).toBe('neo4j');
    expect(uri.port).toBe('7687');
  });

  it("gives the API the same password that Neo4j's NEO4J_AUTH sets", () => {
    const compose = readCompose();
    const api = environmentOf(service(compose, 'api'));
    const neo4j = environmentOf(service(compose, 'neo4j'));

    const auth = /^([^/]+)\/(.+)$/.exec(neo4j.NEO4J_AUTH ?? '');
    expect(auth).not.toBeNull();
    const [, user, passwordExpression] = auth ?? [];
    expect(passwordExpression).toMatch(/^\$\{NEO4J_PASSWORD(:?-[^}]*)?\}$/);
    expect(api.NEO4J_PASSWORD).toBe(passwordExpression);
    expect(api.NEO4J_USERNAME ?? 'neo4j').toBe(user);
    // Neo4j 5 refuses an initial password shorter than 8 characters.
    expect(withDefaults(api.NEO4J_PASSWORD ?? '').length).toBeGreaterThanOrEqual(8);
  });

  it("is accepted by the app's configuration as an external Neo4j at NEO4J_URI", () => {
    const environment = Object.fromEntries(
      Object.entries(environmentOf(service(readCompose(), 'api'))).map(([name, value]) => [name, withDefaults(value)]),
    );
    const config = loadConfig(environment);
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: environment.NEO4J_URI,
      username: 'neo4j',
      password: environment.NEO4J_PASSWORD,
      database: environment.NEO4J_DATABASE ?? 'neo4j',
    });
    expect(config.http).toEqual({ host: '0.0.0.0', port: Number(environment.PORT) });
    expect(config.production).toBe(true);
  });
});

describe('Dockerfile', () => {
  const read = () => readFileSync(DOCKERFILE, 'utf8');
  /** The instructions, with comments dropped and continuation lines joined. */
  const instructions = () =>
    read()
      .split('\n')
      .filter((line) => !/^\s*#/.test(line))
      .join('\n')
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');

  it('exists beside docker-compose.yml', () => {
    expect(existsSync(DOCKERFILE)).toBe(true);
  });

  it('reports the container healthy once the API is ready (/ready), not merely alive (/health)', () => {
    const healthcheck = /^HEALTHCHECK\b[\s\S]*?CMD (.*)$/m.exec(readFileSync(DOCKERFILE, 'utf8'));
    expect(healthcheck?.[1]).toContain("'/ready'");
  });

  it('starts the compiled server, listening on all interfaces', () => {
    const lines = instructions();
    const cmd = lines.filter((line) => /^CMD\s/i.test(line)).pop();
    expect(cmd).toBeDefined();
    expect(JSON.parse((cmd ?? '').replace(/^CMD\s+/i, ''))).toEqual(['node', 'dist/cli/start.js']);
    expect(lines.some((line) => /^ENV\s.*\bHOST=0\.0\.0\.0\b/i.test(line))).toBe(true);
  });

  it('runs as the unprivileged node user and ships the files the compiled code reads', () => {
    const lines = instructions();
    expect(lines.filter((line) => /^USER\s/i.test(line)).pop()).toBe('USER node');
    for (const file of ['schema.graphql', 'cypher', 'data', 'guide']) {
      expect(lines.some((line) => new RegExp(`^COPY\\s+${file}\\s`).test(line))).toBe(true);
    }
    expect(lines.some((line) => /^COPY\s+--from=\S+\s+\S*dist\s/.test(line))).toBe(true);
  });

  it('copies the dependency patches into each stage before npm ci applies them', () => {
    const stages = instructions()
      .join('\n')
      .split(/^FROM\s/im)
      .slice(1);
    const installing = stages.filter((stage) => /^RUN\s+npm ci\b/m.test(stage));
    expect(installing.length).toBe(2);
    for (const stage of installing) {
      const copied = stage.search(/^COPY\s+patches\s/m);
      expect(copied).toBeGreaterThan(-1);
      expect(copied).toBeLessThan(stage.search(/^RUN\s+npm ci\b/m));
    }
  });
});
