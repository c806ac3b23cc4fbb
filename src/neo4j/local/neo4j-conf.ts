export interface LocalNeo4jLayout {
  home: string;
  dataDirectory: string;
  logsDirectory: string;
  pluginsDirectory: string;
  boltPort: number;
  httpPort: number;
  /** How long a transaction waits for a lock before it fails, so one writer cannot hold the rest. */
  lockTimeoutMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 5000;

/**
 * The most heap one transaction may use (db.memory.transaction.max), a quarter of the default
 * 512m heap: past it Neo4j stops that query with an error instead of running out of memory and
 * failing every client. docker-compose.yml sets the same.
 */
export const TRANSACTION_MEMORY_MAX = '128m';

/**
 * Hosts Neo4j Browser may fetch remote guides from (`:play <url>`): Neo4j's own default
 * (guides.neo4j.com, localhost) plus the loopback address the API listens on by default, so
 * `:play http://127.0.0.1:4000/guide` works. Browser compares host names only, not ports.
 */
export const BROWSER_GUIDE_HOSTS = ['guides.neo4j.com', 'localhost', '127.0.0.1'];

/**
 * The server's neo4j.conf: loopback only, its own data directory, APOC allowed, the API's guide
 * allowed in Neo4j Browser. Advertised addresses matter: Neo4j Browser and `neo4j://` routing
 * connect to them.
 */
export function renderNeo4jConf(layout: LocalNeo4jLayout): string {
  return [
    '# Written by this project at every start; edit src/neo4j/local/neo4j-conf.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${layout.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${layout.boltPort}`,
    `server.http.listen_address=127.0.0.1:${layout.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${layout.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${layout.dataDirectory}`,
    `server.directories.logs=${layout.logsDirectory}`,
    `server.directories.plugins=${layout.pluginsDirectory}`,
    'server.memory.pagecache.size=256m',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.usage_report.enabled=false',
    `db.lock.acquisition.timeout=${layout.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS}ms`,
    `db.memory.transaction.max=${TRANSACTION_MEMORY_MAX}`,
    // Neo4j 5.26 still spells it "whitelist"; it validates settings strictly, so the newer
    // "..._allowlist" name, or browser.allow_outgoing_connections, would stop it from starting.
    `browser.remote_content_hostname_whitelist=${BROWSER_GUIDE_HOSTS.join(',')}`,
    // A development server: keep transaction logs small.
    'db.tx_log.rotation.retention_policy=2 files',
    '',
  ].join('\n');
}

/**
 * How often (ms) APOC looks for installed or dropped triggers. APOC's default is a minute; the
 * graph's change log (src/neo4j/graph-change-log.ts) is written by a trigger that should run
 * from the first write after `npm start` installs it. docker-compose.yml sets the same.
 */
export const TRIGGER_REFRESH_MS = 1000;

/**
 * The server's apoc.conf: APOC 5 reads its own settings from this file beside neo4j.conf (or
 * from APOC_* environment variables), not from neo4j.conf, which refuses settings it does not
 * declare. Triggers are on so that the graph's change log can be kept.
 */
export function renderApocConf(): string {
  return [
    '# Written by this project at every start; edit src/neo4j/local/neo4j-conf.ts instead.',
    'apoc.trigger.enabled=true',
    `apoc.trigger.refresh=${TRIGGER_REFRESH_MS}`,
    '',
  ].join('\n');
}

/** JVM flags the Neo4j launcher would pass; Java 17 needs the --add-opens ones. */
export function neo4jJvmArguments(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}
