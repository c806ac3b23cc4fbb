import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { PROJECT_ROOT } from '../config';

/**
 * The documented GraphQL examples, one operation a file: the README and docs/ show them
 * (example-sections.ts), the GraphQL IDE opens them as tabs, the API runs them to warm up, the
 * tests run them against the seed and the load benchmark sends them.
 */
export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'docs/examples');

export interface ExampleOperation {
  /** The operation's name (`JointStatement`), by which a document asks for it. */
  name: string;
  /** The file's first comment line: the IDE tab's title. */
  title: string;
  /** The comment lines after it, joined: what the example asks. */
  description: string;
  /** The operation without its comments. */
  operation: string;
  /** The whole file, comments included: what the IDE shows. */
  source: string;
}

/** Reads every `*.graphql` file of `dir`, in file-name order; a malformed one is a bug here. */
export function loadExampleOperations(dir = EXAMPLES_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => parseExample(readFileSync(path.join(dir, file), 'utf8'), path.join(dir, file)));
}

function parseExample(source: string, file: string): ExampleOperation {
  const lines = source.split('\n');
  const comments = lines.findIndex((line) => !line.startsWith('#'));
  const [title, ...description] = lines.slice(0, comments).map((line) => line.replace(/^# ?/, ''));
  const operation = lines.slice(comments).join('\n').trim() + '\n';
  const definitions = parse(operation).definitions;
  const [definition] = definitions;
  if (
    !title ||
    description.length === 0 ||
    definitions.length !== 1 ||
    definition?.kind !== Kind.OPERATION_DEFINITION ||
    !definition.name
  ) {
    throw new Error(
      `${file} must start with a title line and a description in "#" comments, then hold one named operation.`,
    );
  }
  return { name: definition.name.value, title, description: description.join(' ').trim(), operation, source };
}
