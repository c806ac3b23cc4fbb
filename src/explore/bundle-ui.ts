import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../config';
import { loadExampleOperations } from '../graphql/example-operations';

/** The browser code and pages of the GraphQL IDE and the graph view. */
export const UI_SOURCE_DIR = path.join(PROJECT_ROOT, 'src/explore/ui');

/** The pages beside the bundles; the router serves them at /graphql and /explore. */
export const UI_PAGES = ['graphiql.html', 'explore.html'] as const;

export interface UiAsset {
  contentType: string;
  body: Uint8Array;
}

/** Built files by their path under /ui/ (`graphiql-app.js`, `workers/graphql.worker.js`, …). */
export type UiAssets = ReadonlyMap<string, UiAsset>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * Bundles the UI with esbuild from npm packages only (GraphiQL with React and Monaco, Cytoscape),
 * in memory: two apps as ES modules, and Monaco's three web workers as classic scripts, which is
 * what `new Worker(url)` loads. Takes a few seconds; nothing is fetched from the network.
 */
export async function bundleUi(sourceDir = UI_SOURCE_DIR): Promise<UiAssets> {
  const outdir = path.join(sourceDir, 'out');
  const common = {
    bundle: true,
    minify: true,
    write: false,
    outdir,
    target: 'es2022',
    logLevel: 'silent',
    // React and the libraries pick their production builds.
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  // The workers come with GraphiQL's editor (graphiql -> @graphiql/react -> monaco-*).
  const fromGraphiql = createRequire(
    createRequire(require.resolve('graphiql/package.json', { paths: [sourceDir] })).resolve(
      '@graphiql/react/package.json',
    ),
  );
  const [apps, workers] = await Promise.all([
    build({
      ...common,
      entryPoints: {
        'graphiql-app': path.join(sourceDir, 'graphiql-app.ts'),
        'explore-app': path.join(sourceDir, 'explore-app.ts'),
      },
      format: 'esm',
      loader: { '.ttf': 'file' },
      assetNames: 'assets/[name]-[hash]',
      tsconfig: path.join(sourceDir, 'tsconfig.json'),
      // The IDE's tabs, read from the one set of examples when the bundle is made.
      define: {
        ...common.define,
        EXAMPLE_OPERATIONS: JSON.stringify(
          loadExampleOperations().map(({ title, source }) => ({ title, query: source })),
        ),
      },
    }),
    build({
      ...common,
      entryPoints: {
        'workers/editor.worker': fromGraphiql.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
        'workers/json.worker': fromGraphiql.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
        'workers/graphql.worker': fromGraphiql.resolve('monaco-graphql/esm/graphql.worker.js'),
      },
      format: 'iife',
    }),
  ]);
  const assets = new Map<string, UiAsset>();
  for (const file of [...apps.outputFiles, ...workers.outputFiles]) {
    const name = path.relative(outdir, file.path).split(path.sep).join('/');
    assets.set(name, { contentType: contentTypeOf(name), body: file.contents });
  }
  for (const page of UI_PAGES) {
    assets.set(page, { contentType: contentTypeOf(page), body: await readFile(path.join(sourceDir, page)) });
  }
  return assets;
}
