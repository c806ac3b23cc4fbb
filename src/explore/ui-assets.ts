import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { bundleUi, contentTypeOf, UI_SOURCE_DIR, type UiAsset, type UiAssets } from './bundle-ui';

/** Where `npm run build` leaves the built UI, for an install without the sources (the image). */
export const UI_BUILD_DIR = path.join(PROJECT_ROOT, 'dist/ui');

/** Bundles made from the sources, one folder per digest of what they are made from. */
export const UI_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules/.cache/news-graph-ui');

/**
 * The UI's files: from the sources when they are here (a clone), bundled once per change of the
 * sources or the packages and cached; otherwise what `npm run build` left in dist/ui (the
 * Docker image has no src/).
 */
export async function loadUiAssets(): Promise<UiAssets> {
  if (existsSync(path.join(UI_SOURCE_DIR, 'graphiql-app.ts'))) return cachedBundle();
  if (existsSync(UI_BUILD_DIR)) return readUiDir(UI_BUILD_DIR);
  throw new Error(`Neither the UI's sources (${UI_SOURCE_DIR}) nor a built UI (${UI_BUILD_DIR}) are here.`);
}

/** Replaces `dir` with the built files. */
export async function writeUiAssets(assets: UiAssets, dir = UI_BUILD_DIR): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [name, asset] of assets) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, asset.body);
  }
}

async function cachedBundle(): Promise<UiAssets> {
  const dir = path.join(UI_CACHE_DIR, await sourceDigest());
  if (existsSync(dir)) return readUiDir(dir);
  const assets = await bundleUi();
  // Written aside and renamed, so another process never reads half a folder. The cache is an
  // optimisation: a read-only node_modules only means bundling again next time.
  const partial = `${dir}.${process.pid}.partial`;
  try {
    await mkdir(UI_CACHE_DIR, { recursive: true });
    for (const old of await readdir(UI_CACHE_DIR)) {
      if (!old.endsWith('.partial')) await rm(path.join(UI_CACHE_DIR, old), { recursive: true, force: true });
    }
    await writeUiAssets(assets, partial);
    await rename(partial, dir);
  } catch {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined);
  }
  return assets;
}

/** A digest of the UI's sources, the bundler's options and the locked package versions. */
async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await readdir(UI_SOURCE_DIR)).sort().map((name) => path.join(UI_SOURCE_DIR, name)),
    path.join(__dirname, 'bundle-ui.ts'),
    path.join(PROJECT_ROOT, 'package-lock.json'),
  ];
  for (const file of files) {
    hash.update(`${path.basename(file)}\0`);
    hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function readUiDir(dir: string, assets = new Map<string, UiAsset>(), prefix = ''): Promise<UiAssets> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) await readUiDir(file, assets, `${name}/`);
    else assets.set(name, { contentType: contentTypeOf(name), body: await readFile(file) });
  }
  return assets;
}
