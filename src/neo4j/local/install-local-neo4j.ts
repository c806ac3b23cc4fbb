import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { PROJECT_ROOT } from '../../config';
import { AppError } from '../../errors';
import { requireJava } from './java';
import { isNotInstalled, runProcess } from './run-process';

const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const SERVER_ROOT = path.join(PROJECT_ROOT, 'neo4j', '.server');
const STAMP = path.join(SERVER_ROOT, 'installed.json');
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
export async function installLocalNeo4j(logger: Logger): Promise<LocalNeo4jInstallation> {
  const java = await requireJava();
  const pom = await readFile(POM, 'utf8');
  const pomHash = createHash('sha256').update(pom).digest('hex');
  const neo4jVersion = /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
  const installation = {
    java,
    lib: path.join(SERVER_ROOT, 'lib'),
    plugins: path.join(SERVER_ROOT, 'plugins'),
    neo4jVersion,
  };
  if (await isInstalled(pomHash)) return installation;

  logger.info(`Resolving Neo4j ${neo4jVersion}, Neo4j Browser and APOC core from Maven Central (first run only)…`);
  await rm(SERVER_ROOT, { recursive: true, force: true });
  await mkdir(SERVER_ROOT, { recursive: true });
  // Resolve into temporary folders and rename, so an interrupted download is never mistaken for
  // a complete installation.
  await copyProfile('server', `${installation.lib}.partial`);
  await copyProfile('apoc', `${installation.plugins}.partial`);
  await rename(`${installation.lib}.partial`, installation.lib);
  await rename(`${installation.plugins}.partial`, installation.plugins);
  await writeFile(STAMP, JSON.stringify({ pomHash, neo4jVersion }, null, 2));
  const jarCount = (await readdir(installation.lib)).length + (await readdir(installation.plugins)).length;
  logger.info(`Neo4j ${neo4jVersion} installed in ${SERVER_ROOT} (${jarCount} jars).`);
  return installation;
}

async function isInstalled(pomHash: string): Promise<boolean> {
  if (!existsSync(STAMP)) return false;
  try {
    const stamp = JSON.parse(await readFile(STAMP, 'utf8')) as { pomHash?: string };
    return stamp.pomHash === pomHash;
  } catch {
    return false;
  }
}

async function copyProfile(profile: 'server' | 'apoc', outputDirectory: string): Promise<void> {
  const args = [
    '-B',
    '-q',
    '-f',
    POM,
    '-P',
    profile,
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDirectory}`,
  ];
  let result;
  try {
    result = await runProcess('mvn', args, { cwd: path.dirname(POM) });
  } catch (error) {
    if (isNotInstalled(error)) {
      throw new AppError(
        'MAVEN_MISSING',
        'Maven (mvn) is not installed, and it is needed once to download the local Neo4j server ' +
          'from Maven Central. Install it (for example `apt-get install maven`), or set NEO4J_URI ' +
          'to use a Neo4j server you already run.',
        { cause: error },
      );
    }
    throw error;
  }
  if (result.exitCode !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new AppError(
      'MAVEN_RESOLUTION_FAILED',
      `Maven could not resolve the "${profile}" artifacts of ${POM} (exit code ${result.exitCode}). ` +
        'Check that Maven Central is reachable (and any proxy in ~/.m2/settings.xml), then run ' +
        `\`npm run db:install\` again. Maven said:\n${output}`,
    );
  }
}
