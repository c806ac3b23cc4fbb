import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadClusterSet, SPLITS } from './load-cluster-set';

const MANIFEST = path.resolve(__dirname, '../../data/eval/clusters/manifest.yaml');

describe('the cross-article set', () => {
  it('has valid gold files, two clusters or more, and development and held-out articles in each', async () => {
    const set = await loadClusterSet(MANIFEST);
    const clusters = new Set(set.map((a) => a.cluster));
    expect(set.length).toBeGreaterThanOrEqual(12);
    expect(clusters.size).toBeGreaterThanOrEqual(2);
    for (const cluster of clusters)
      for (const split of SPLITS) expect(set.some((a) => a.cluster === cluster && a.split === split)).toBe(true);
  });

  it('gives one real-world entity one id: the same kind and name in every gold file', async () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { gold } of await loadClusterSet(MANIFEST)) {
      for (const entity of gold.data.entities) {
        const identity = `${entity.kind} ${entity.name}`;
        if ((seen.get(entity.id) ?? identity) !== identity) clashes.push(`${entity.id}: ${identity}`);
        seen.set(entity.id, identity);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('loadClusterSet', () => {
  it('rejects a manifest with a bad split, naming the field and the README', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'eval-manifest-'));
    try {
      const file = path.join(folder, 'manifest.yaml');
      await writeFile(
        file,
        'clusters:\n  - id: c\n    description: d\n    articles:\n' +
          '      - { gold: a.article.yaml, source: a.txt, published: 2018-01-01, style: s, split: test }\n' +
          '      - { gold: b.article.yaml, source: b.txt, published: 2018-01-01, style: s, split: held-out }\n',
      );
      await expect(loadClusterSet(file)).rejects.toMatchObject({
        code: 'EVAL_SET_INVALID',
        message: expect.stringMatching(/clusters\.0\.articles\.0\.split[\s\S]*README/) as unknown,
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
