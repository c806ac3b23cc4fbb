import neo4j, { type Integer } from 'neo4j-driver';

/** One file of cypher/explore/, read the way Neo4j Browser's multi-statement editor reads it. */
export interface ExploreQueryFile {
  /** The `//` lines the file starts with, without the slashes. */
  header: string[];
  /** Each `:param name => literal;` line's value, in file order: strings, or Neo4j integers. */
  parameters: Record<string, string | Integer>;
  /** The query, without comment lines and without its closing semicolon. */
  query: string;
  /** The `$names` the query uses, outside string literals. */
  usedParameters: string[];
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.*?)\s*;\s*$/;
const STRING_LITERAL = /^'((?:[^'\\]|\\['\\])*)'$/;
const INTEGER_LITERAL = /^-?\d+$/;

/**
 * Parses an exploration query file: `//` comment lines first, then one `:param name => literal;`
 * line per parameter (a single-quoted string or an integer), then one query ending with `;`.
 * Like Neo4j Browser, it drops every line whose trimmed text starts with `//` before splitting
 * the rest into statements. Throws, naming the file, when the file does not have that shape.
 */
export function parseExploreQueryFile(name: string, source: string): ExploreQueryFile {
  const fail = (message: string): never => {
    throw new Error(`${name}: ${message}`);
  };
  const lines = source.split('\n');
  if (!lines[0]?.startsWith('//')) fail('the first line must be a // comment that says what the query shows');

  const header: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('//')) break;
    header.push(line.replace(/^\/\/ ?/, ''));
  }

  const statements = lines.filter((line) => !line.trim().startsWith('//') && line.trim() !== '');
  const parameters: Record<string, string | Integer> = {};
  let index = 0;
  for (; index < statements.length && statements[index]!.startsWith(':'); index += 1) {
    const line = statements[index]!;
    const match = PARAM_LINE.exec(line);
    if (!match) fail(`"${line}" is not a ":param name => literal;" line`);
    const [, key, literal] = match as unknown as [string, string, string];
    if (key in parameters) fail(`parameter ${key} is set twice`);
    parameters[key] = parseLiteral(literal, () => fail(`${key}: use a 'string' or an integer literal, not ${literal}`));
  }

  const body = statements.slice(index).join('\n').trim();
  if (body === '') fail('no query after the :param lines');
  if (statements.slice(index).some((line) => line.startsWith(':'))) fail(':param lines must come before the query');
  const code = withoutStringLiterals(body);
  if (!code.endsWith(';')) fail('the query must end with ";"');
  if (code.indexOf(';') !== code.length - 1) fail('the file must hold one query: ";" appears before its end');

  const usedParameters = [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!))];
  return { header, parameters, query: body.slice(0, -1).trimEnd(), usedParameters };
}

function parseLiteral(literal: string, invalid: () => never): string | Integer {
  const string = STRING_LITERAL.exec(literal);
  if (string) return string[1]!.replace(/\\(['\\])/g, '$1');
  if (INTEGER_LITERAL.test(literal)) return neo4j.int(literal);
  return invalid();
}

/** The query with every string literal and backtick-quoted name blanked out, to find `;` and `$`. */
function withoutStringLiterals(query: string): string {
  return query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (literal) => ' '.repeat(literal.length));
}
