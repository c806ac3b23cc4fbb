import net from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { PROJECT_ROOT } from '../../src/config';
import { AppError } from '../../src/errors';
import { connect } from '../../src/neo4j/driver';
import { checkServer } from '../../src/neo4j/check-server';
import { findFreePort } from '../../src/neo4j/local/free-port';
import { installLocalNeo4j } from '../../src/neo4j/local/install-local-neo4j';
import { requireJava } from '../../src/neo4j/local/java';
import { startLocalNeo4j } from '../../src/neo4j/local/start-local-neo4j';
import { connectForTests, testConnection } from '../support/database';

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
}

describe('finding and checking Neo4j', () => {
  it('accepts the test server: Neo4j 5.26 or later with APOC core', async () => {
    const driver = await connectForTests();
    try {
      const info = await checkServer(driver, testConnection().database);
      expect(info.version).toMatch(/^(5\.2[6-9]|20\d\d)\./);
      expect(info.apocVersion).toMatch(/^5\.|^20\d\d/);
    } finally {
      await driver.close();
    }
  });

  it('says the credentials are wrong when the server refuses them', async () => {
    const connection = { ...testConnection(), password: 'wrong-password' };
    expect(await codeOf(connect(connection))).toBe('NEO4J_AUTH_FAILED');
  });

  it('says the server is unreachable when nothing listens at the address', async () => {
    const port = await findFreePort();
    const connection = { ...testConnection(), uri: `bolt://127.0.0.1:${port}` };
    expect(await codeOf(connect(connection))).toBe('NEO4J_UNAVAILABLE');
  });

  it('refuses to start a local server on a port that is taken, naming the variable to change', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const takenPort = (blocker.address() as net.AddressInfo).port;
    const home = await mkdtemp(path.join(os.tmpdir(), 'news-graph-port-test-'));
    try {
      const starting = startLocalNeo4j({
        home,
        boltPort: takenPort,
        httpPort: await findFreePort(),
        heap: '256m',
        database: 'neo4j',
        logger: pino({ level: 'silent' }),
      });
      await expect(starting).rejects.toThrow(
        new RegExp(
          `Port ${takenPort}, wanted for the local Neo4j's Bolt, is already taken.*LOCAL_NEO4J_BOLT_PORT`,
          's',
        ),
      );
    } finally {
      blocker.close();
      await rm(home, { recursive: true, force: true });
    }
  });

  it('says how to get Java when none is found', async () => {
    expect(await codeOf(requireJava({ JAVA_HOME: '/nonexistent-java-home' }))).toBe('JAVA_MISSING');
  });
});

describe('installing the local Neo4j', () => {
  it('says Maven could not resolve the artifacts, and what to check, when a version does not exist', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'news-graph-install-test-'));
    try {
      const pom = (await readFile(path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'), 'utf8')).replace(
        /<neo4j\.version>[^<]+</,
        '<neo4j.version>0.0.0-no-such-version<',
      );
      const pomFile = path.join(folder, 'pom.xml');
      await writeFile(pomFile, pom);
      const installing = installLocalNeo4j(pino({ level: 'silent' }), {
        pomFile,
        serverRoot: path.join(folder, 'server'),
      });

      await expect(installing).rejects.toThrow(
        /Maven could not resolve the "server" artifacts of .*pom\.xml \(exit code 1\)\. Check that Maven Central/,
      );
      expect(existsSync(path.join(folder, 'server', 'installed.json'))).toBe(false);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
