import path from 'node:path';

/**
 * Files a local server's home holds besides Neo4j's own: the state of the server running from it
 * (local-server-state.ts) and its credentials.
 */
export function stateFile(home: string): string {
  return path.join(home, 'neo4j.pid');
}

export function credentialsFile(home: string): string {
  return path.join(home, 'credentials.json');
}

/** The local server's addresses: loopback only. */
export function localBoltUri(boltPort: number): string {
  return `bolt://127.0.0.1:${boltPort}`;
}

export function localBrowserUrl(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/`;
}
