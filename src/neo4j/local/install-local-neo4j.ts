import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { PROJECT_ROOT } from '../../config';
import { AppError } from '../../errors';
import { requireJava } from './java';
import { isNotInstalled, runProcess } from './run-process';

const DEFAULT_POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
// The Maven Wrapper shipped in neo4j/ fetches Maven itself from Maven Central, so users need Java only.
const MAVEN_WRAPPER = path.join(PROJECT_ROOT, 'neo4j', process.platform === 'win32' ? 'mvnw.cmd' : 'mvnw');
const DEFAULT_SERVER_ROOT = path.join(PROJECT_ROOT, 'neo4j', '.server');
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export interface LocalNeo4jInstallation {
  java: string;
  lib: string;
  plugins: string;
  neo4jVersion: string;
}

/**
 * Makes sure the Neo4j server, Neo4j Browser and APOC core jars are on disk, resolving them
 * from Maven Central the first time and whenever neo4j/pom.xml changes.
 */
export async function installLocalNeo4j(
  logger: Logger,
  { pomFile = DEFAULT_POM, serverRoot = DEFAULT_SERVER_ROOT }: { pomFile?: string; serverRoot?: string } = {},
): Promise<LocalNeo4jInstallation> {
  const java = await requireJava();
  const pom = await readFile(pomFile, 'utf8');
  const stamp = path.join(serverRoot, 'installed.json');
  const pomHash = createHash('sha256').update(pom).digest('hex');
  const neo4jVersion = /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
  const installation = {
    java,
    lib: path.join(serverRoot, 'lib'),
    plugins: path.join(serverRoot, 'plugins'),
    neo4jVersion,
  };
  if (await isInstalled(stamp, pomHash)) return installation;

  logger.info(`Resolving Neo4j ${neo4jVersion}, Neo4j Browser and APOC core from Maven Central (first run only)…`);
  await rm(serverRoot, { recursive: true, force: true });
  await mkdir(serverRoot, { recursive: true });
  // Resolve into temporary folders and rename, so an interrupted download is never mistaken for
  // a complete installation.
  await copyProfile(pomFile, 'server', `${installation.lib}.partial`);
  await copyProfile(pomFile, 'apoc', `${installation.plugins}.partial`);
  await rename(`${installation.lib}.partial`, installation.lib);
  await rename(`${installation.plugins}.partial`, installation.plugins);
  await writeFile(stamp, JSON.stringify({ pomHash, neo4jVersion }, null, 2));
  const jarCount = (await readdir(installation.lib)).length + (await readdir(installation.plugins)).length;
  logger.info(`Neo4j ${neo4jVersion} installed in ${serverRoot} (${jarCount} jars).`);
  return installation;
}

async function isInstalled(stamp: string, pomHash: string): Promise<boolean> {
  if (!existsSync(stamp)) return false;
  try {
    const installed = JSON.parse(await readFile(stamp, 'utf8')) as { pomHash?: string };
    return installed.pomHash === pomHash;
  } catch {
    return false;
  }
}

async function copyProfile(pomFile: string, profile: 'server' | 'apoc', outputDirectory: string): Promise<void> {
  const args = [
    '-B',
    '-q',
    '-f',
    pomFile,
    '-P',
    profile,
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDirectory}`,
  ];
  let result;
  try {
    result = await runProcess(MAVEN_WRAPPER, args, { cwd: path.dirname(MAVEN_WRAPPER) });
  } catch (error) {
    if (isNotInstalled(error)) {
      throw new AppError(
        'MAVEN_MISSING',
        `The Maven Wrapper ${MAVEN_WRAPPER} is missing or not executable; it is needed once to ` +
          'download the local Neo4j server from Maven Central. Restore it (`git checkout neo4j/`), ' +
          'or set NEO4J_URI to use a Neo4j server you already run.',
        { cause: error },
      );
    }
    throw error;
  }
  if (result.exitCode !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new AppError(
      'MAVEN_RESOLUTION_FAILED',
      `Maven could not resolve the "${profile}" artifacts of ${pomFile} (exit code ${result.exitCode}). ` +
        'Check that Maven Central (repo.maven.apache.org) is reachable, and any proxy in ' +
        '~/.m2/settings.xml or MAVEN_OPTS, then run ' +
        `\`npm run db:install\` again. Maven said:\n${output}`,
    );
  }
}
