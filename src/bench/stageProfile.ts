import { Session } from 'node:inspector/promises';

/** CPU samples of a piece of work, attributed to the stages of a turn. */
export interface StageProfile {
  /** Share of the samples per stage (0–1), largest first. */
  stages: { stage: string; share: number }[];
  /** Functions with the most self time: name, file (relative), share of the samples. */
  top: { fn: string; file: string; share: number }[];
  /** The project's own functions with the most time including what they call. */
  inclusive: { fn: string; file: string; share: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

// First match wins, walking from the sampled function towards the root: shared helpers (text analysis, fuse.js,
// native and Node internals) count for the stage that called them.
const STAGE_RULES: readonly [string, RegExp][] = [
  ['i18next', /\/node_modules\/i18next\/|\/src\/i18n\.[tj]s$/],
  ['dialog stack (botbuilder-dialogs)', /\/node_modules\/botbuilder-dialogs\//],
  ['botbuilder (adapter, turn context, state)', /\/node_modules\/(?:botbuilder|botframework|@azure|zod)/],
  ['state storage (src/host)', /\/src\/host\//],
  ['places (src/core/regions)', /\/src\/core\/regions\//],
  ['recognizer (src/core/recognizer)', /\/src\/core\/recognizer\//],
  ['levy parse and calculation (src/core/levy)', /\/src\/core\/levy\//],
  ['finder prefill (src/core/finder)', /\/src\/core\/finder\//],
  ['conversation cues (src/core/conversation)', /\/src\/core\/conversation\//],
  ['understand, content (src/core)', /\/src\/core\/(?:understand|content)\.[tj]s$/],
  ['knowledge, dates (src/core/knowledge)', /\/src\/core\/knowledge\//],
  ['cards (src/cards)', /\/src\/cards\//],
  ['dialogs (dialogs/)', /\/dialogs\//],
  ['bot turn handler (src/bot)', /\/src\/bot\//],
  ['benchmark driver', /\/src\/bench\//],
];

const stageOf = (url: string): string | undefined => STAGE_RULES.find(([, pattern]) => pattern.test(url))?.[0];

/** Runs `work` under the V8 sampling profiler (`intervalUs` between samples) and attributes every sample to a stage. */
export async function profileStages(work: () => Promise<void>, root: string, intervalUs = 100, topCount = 25): Promise<StageProfile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  await work();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();
  return attributeSamples(profile, root, topCount);
}

/** A V8 CPU profile as the inspector returns it and `node --cpu-prof` writes it (`.cpuprofile`). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Attributes every sample of a CPU profile to a stage of a turn (see STAGE_RULES); `root` is the project's directory. */
export function attributeSamples(profile: CpuProfile, root: string, topCount = 25): StageProfile {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageOfNode = new Map<number, string>();
  const resolveStage = (id: number): string => {
    const known = stageOfNode.get(id);
    if (known !== undefined) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    let stage: string;
    if (functionName === '(garbage collector)') stage = 'garbage collection';
    else if (functionName === '(program)' || functionName === '(root)') stage = 'other (V8 program)';
    else stage = stageOf(url) ?? (parent.has(id) ? resolveStage(parent.get(id)!) : 'other (Node.js, native)');
    stageOfNode.set(id, stage);
    return stage;
  };
  const stageCounts = new Map<string, number>();
  const selfCounts = new Map<number, number>();
  let busy = 0;
  for (const id of profile.samples) {
    // a server waiting for requests is idle: its samples count for nothing
    if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
    busy += 1;
    const stage = resolveStage(id);
    stageCounts.set(stage, (stageCounts.get(stage) ?? 0) + 1);
    selfCounts.set(id, (selfCounts.get(id) ?? 0) + 1);
  }
  const total = busy || 1;
  const fileOf = (url: string): string => url.replace(/^file:\/\//, '').replace(`${root}/`, '');
  const inclusiveCounts = new Map<string, number>();
  for (const [leaf, count] of selfCounts) {
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      if (!url.startsWith(`file://${root}/`) || url.includes('/node_modules/')) continue;
      const key = `${functionName || '(anonymous)'}  ${fileOf(url)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusiveCounts.set(key, (inclusiveCounts.get(key) ?? 0) + count);
    }
  }
  const functionCounts = new Map<string, { fn: string; file: string; count: number }>();
  for (const [id, count] of selfCounts) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = fileOf(url);
    const key = `${functionName}@${file}:${lineNumber}`;
    const entry = functionCounts.get(key) ?? { fn: functionName || '(anonymous)', file: file ? `${file}:${lineNumber + 1}` : '(native)', count: 0 };
    entry.count += count;
    functionCounts.set(key, entry);
  }
  return {
    stages: [...stageCounts].map(([stage, count]) => ({ stage, share: count / total })).sort((a, b) => b.share - a.share),
    inclusive: [...inclusiveCounts].sort((a, b) => b[1] - a[1]).slice(0, topCount).map(([key, count]) => {
      const [fn, file] = key.split('  ') as [string, string];
      return { fn, file, share: count / total };
    }),
    top: [...functionCounts.values()].sort((a, b) => b.count - a.count).slice(0, topCount).map(({ fn, file, count }) => ({ fn, file, share: count / total })),
  };
}
