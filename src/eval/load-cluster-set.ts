import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../errors';
import { loadArticleFile, type LoadedArticle } from '../ingest';

export const SPLITS = ['development', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

const manifestSchema = z.object({
  clusters: z
    .array(
      z.object({
        id: z.string().min(1),
        description: z.string().min(1),
        articles: z
          .array(
            z.object({
              gold: z.string().regex(/\.article\.yaml$/, 'a gold article file, *.article.yaml'),
              source: z.string().regex(/\.(txt|html)$/, 'the article as a user gives it, .txt or .html'),
              published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
              style: z.string().min(1),
              split: z.enum(SPLITS),
            }),
          )
          .min(2, 'a cluster needs at least two articles'),
      }),
    )
    .min(1),
});

/** One article of the cross-article set: its gold file, and the file a user would ingest. */
export interface ClusterSetArticle {
  cluster: string;
  split: Split;
  style: string;
  published: string;
  gold: LoadedArticle;
  /** Absolute path of the .txt or .html the extractor reads. */
  source: string;
}

/**
 * Reads the manifest of the cross-article set (data/eval/clusters/manifest.yaml) and the gold
 * files it names, in its order: the order the articles are ingested in.
 */
export async function loadClusterSet(manifestFile: string): Promise<ClusterSetArticle[]> {
  let data: unknown;
  try {
    data = parse(await readFile(manifestFile, 'utf8'));
  } catch (error) {
    throw new AppError(
      'EVAL_SET_INVALID',
      `Cannot read the evaluation manifest ${manifestFile}: ${(error as Error).message}. ` +
        'Give an existing YAML file with --clusters, or --no-clusters to leave the cross-article set out.',
      { cause: error },
    );
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new AppError(
      'EVAL_SET_INVALID',
      `${manifestFile} is not a valid evaluation manifest:\n${issues}\n` +
        'See data/eval/clusters/README.md for its fields.',
    );
  }
  const folder = path.dirname(manifestFile);
  const articles: ClusterSetArticle[] = [];
  for (const cluster of parsed.data.clusters) {
    for (const entry of cluster.articles) {
      articles.push({
        cluster: cluster.id,
        split: entry.split,
        style: entry.style,
        published: entry.published,
        gold: await loadArticleFile(path.join(folder, entry.gold)),
        source: path.join(folder, entry.source),
      });
    }
  }
  return articles;
}
