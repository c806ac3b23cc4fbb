import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { ServerInfo } from '../../src/neo4j/check-server';

export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  neo4jHeap: string;
  packages: Record<string, string>;
}

const PACKAGES = ['neo4j-driver', '@neo4j/graphql', '@apollo/server', 'express', 'autocannon'];

/** What the figures were measured on: they mean little without it. */
export function machineInfo(server: ServerInfo | undefined, heap: string): MachineInfo {
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: server ? `${server.edition} ${server.version}, APOC ${server.apocVersion}` : 'n/a',
    neo4jHeap: heap,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, installedVersion(name)])),
  };
}

function installedVersion(name: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}
