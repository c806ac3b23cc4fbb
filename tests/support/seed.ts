import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_SEED_ARTICLE } from '../../src/config';

export const SEED_ARTICLE_ID = 'rt-2017-11-11-putin-trump-syria-joint-statement';
export const SEED_FILE = DEFAULT_SEED_ARTICLE;
export const SEED_TEXT_FILE = DEFAULT_SEED_ARTICLE.replace(/\.article\.yaml$/, '.txt');

/**
 * Writes a copy of the seed article file, changed by `edit`, beside a copy of its text in a
 * temporary folder, and returns the copy's path.
 */
export async function editedSeedCopy(edit: (data: Record<string, any>) => void): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'news-graph-article-'));
  const data = parse(await readFile(SEED_FILE, 'utf8')) as Record<string, any>;
  edit(data);
  const file = path.join(folder, path.basename(SEED_FILE));
  await writeFile(file, stringify(data));
  await copyFile(SEED_TEXT_FILE, path.join(folder, path.basename(SEED_TEXT_FILE)));
  return file;
}
