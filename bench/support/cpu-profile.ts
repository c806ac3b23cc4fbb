import { Session } from 'node:inspector/promises';

import type { Profiler } from 'node:inspector';

export interface CpuProfileSummary {
  /** Milliseconds sampled in total. */
  totalMs: number;
  /** Self time by where the code lives: a package, the project, Node itself, GC. */
  byPlace: { place: string; ms: number; share: number }[];
  /** Self time by file inside the packages asked about, largest first. */
  byFile: { file: string; ms: number; share: number }[];
  /** Inclusive time (the function and what it calls) of the functions asked about. */
  inclusive: { functionName: string; ms: number; share: number }[];
  /** Self time of Node's internals and native code, by the nearest package (or the project) that called them. */
  nodeByCaller: { caller: string; ms: number; share: number }[];
}

const NODE_INTERNALS = 'node (internals, native)';

const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/;

/**
 * Samples this process's CPU while `work` runs (V8's profiler through the inspector), and sums
 * the time by package, by file of the packages in `files`, and inclusively for `functions`.
 */
export async function profileCpu<T>(
  work: () => Promise<T>,
  options: { files?: string[]; functions?: string[] } = {},
): Promise<{ result: T; summary: CpuProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    return {
      result,
      summary: summarise(profile, options),
    };
  } finally {
    session.disconnect();
  }
}

function summarise(profile: Profiler.Profile, options: { files?: string[]; functions?: string[] }): CpuProfileSummary {
  const samples = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, samples);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const places = new Map<string, number>();
  const files = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (node.hitCount ?? 0) * msPerSample;
    if (ms === 0) continue;
    const place = placeOf(node.callFrame);
    const inPackage = PACKAGE.exec(node.callFrame.url);
    places.set(place, (places.get(place) ?? 0) + ms);
    if (inPackage && options.files?.includes(inPackage[1]!)) {
      const file = `${inPackage[1]}/${inPackage[2]}`;
      files.set(file, (files.get(file) ?? 0) + ms);
    }
  }
  // Inclusive time: a sample counts once for a function even when it recurses.
  const inclusive = new Map<string, number>();
  const nodeByCaller = new Map<string, number>();
  const walk = (id: number, open: readonly string[], caller: string): void => {
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName;
    const here = options.functions?.includes(name) && !open.includes(name) ? [...open, name] : open;
    const ms = (node.hitCount ?? 0) * msPerSample;
    for (const functionName of here) inclusive.set(functionName, (inclusive.get(functionName) ?? 0) + ms);
    const place = placeOf(node.callFrame);
    if (place === NODE_INTERNALS && ms > 0) nodeByCaller.set(caller, (nodeByCaller.get(caller) ?? 0) + ms);
    const callerBelow = place === NODE_INTERNALS || place.startsWith('(') ? caller : place;
    for (const child of node.children ?? []) walk(child, here, callerBelow);
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, [], '(none: Node itself, e.g. sockets and timers)');
  const totalMs = samples * msPerSample;
  const sorted = (map: Map<string, number>) =>
    [...map].sort(([, a], [, b]) => b - a).map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
  return {
    totalMs,
    byPlace: sorted(places).map(({ name, ms, share }) => ({ place: name, ms, share })),
    byFile: sorted(files).map(({ name, ms, share }) => ({ file: name, ms, share })),
    inclusive: sorted(inclusive).map(({ name, ms, share }) => ({ functionName: name, ms, share })),
    nodeByCaller: sorted(nodeByCaller).map(({ name, ms, share }) => ({ caller: name, ms, share })),
  };
}

function placeOf({ url, functionName }: Profiler.ProfileNode['callFrame']): string {
  const inPackage = PACKAGE.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:') || (url === '' && !functionName.startsWith('('))) return NODE_INTERNALS;
  return url === '' ? functionName : 'the project';
}
