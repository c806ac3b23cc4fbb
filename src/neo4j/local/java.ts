import path from 'node:path';
import { AppError } from '../../errors';
import { isNotInstalled, runProcess } from './run-process';

export const MINIMUM_JAVA = 17;

/** The `java` to use: JAVA_HOME's when set, as Java tools expect, otherwise the one on PATH. */
export function javaExecutable(environment: NodeJS.ProcessEnv = process.env): string {
  const javaHome = environment.JAVA_HOME?.trim();
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/** Reads the major version out of `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Finds a Java that can run Neo4j 5, or says how to get one. */
export async function requireJava(environment: NodeJS.ProcessEnv = process.env): Promise<string> {
  const java = javaExecutable(environment);
  let output: string;
  try {
    const result = await runProcess(java, ['-version']);
    output = result.stderr + result.stdout;
  } catch (error) {
    if (isNotInstalled(error)) {
      throw new AppError(
        'JAVA_MISSING',
        `No Java found (tried "${java}"). The local Neo4j server needs Java ${MINIMUM_JAVA} or 21: ` +
          'install a JDK (for example `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME. ' +
          'Or set NEO4J_URI to use a Neo4j server you already run.',
        { cause: error },
      );
    }
    throw error;
  }
  const major = parseJavaMajorVersion(output);
  if (major === undefined || major < MINIMUM_JAVA) {
    throw new AppError(
      'JAVA_TOO_OLD',
      `Java ${major ?? 'of unknown version'} at "${java}" is too old: Neo4j 5 needs Java ${MINIMUM_JAVA} ` +
        'or 21. Install a newer JDK or point JAVA_HOME at one.',
    );
  }
  return java;
}
