/**
 * `--top-tasks` for the browser bench's big runs: the longest main-thread tasks by CPU time, each
 * with the action it fell in, the trace events inside it (script, style, layout, GC, ...) and the
 * functions a CPU profile sampled in it, so that a long task can be traced to its code. Names are
 * the built bundle's unless the bench ran with --sourcemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { mainThread, mainTasks, type TraceEvent } from './trace';

export interface CpuProfile {
  startTime: number;
  nodes: {
    id: number;
    parent?: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;

/** A function's name for a profile node: its original name and file when a source map says. */
function namer(site: string, base: string): (f: CpuProfile['nodes'][number]['callFrame']) => string {
  const maps = new Map<string, SourceMapConsumer | null>();
  return (f) => {
    const name = f.functionName || '(anonymous)';
    if (!f.url.startsWith(base)) return f.url ? `${name} ${f.url.replace(/^.*\//, '')}` : name;
    const file = join(site, f.url.slice(base.length).split('?')[0]);
    if (!maps.has(file))
      maps.set(
        file,
        existsSync(`${file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null,
      );
    const o = maps.get(file)?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    if (!o?.source) return `${name} ${file.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    return `${o.name ?? name} ${o.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${o.line}`;
  };
}

/** Prints the `top` longest main-thread tasks after `from` (trace µs), with `acts` naming the action each fell in. */
export function reportTopTasks(
  events: TraceEvent[],
  acts: { ts: number; kind: string }[],
  profile: CpuProfile | null,
  site: string,
  base: string,
  top = 8,
): void {
  const tasks = mainTasks(events)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
    .slice(0, top);
  const taskSet = new Set(mainTasks(events));
  const inside = mainThread(events).filter((e) => !taskSet.has(e));
  // Each sample's time (the profile's clock is the trace's) and its stack's functions.
  const name = namer(site, base);
  const nodes = new Map(profile?.nodes.map((n) => [n.id, n]) ?? []);
  const parent = new Map<number, number>();
  for (const n of profile?.nodes ?? []) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampleTs: number[] = [];
  let t = profile?.startTime ?? 0;
  for (const d of profile?.timeDeltas ?? []) sampleTs.push((t += d));
  console.log(`  the ${top} longest main-thread tasks by CPU time:`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const act = acts.filter((a) => a.ts <= task.ts).pop()?.kind ?? 'run';
    console.log(`   ${ms(task.tdur ?? 0)} CPU (${ms(task.dur ?? 0)} wall), during ${act}:`);
    // The events in it of 1 ms or more, indented by nesting.
    const evs = inside.filter((e) => e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 1000).sort((a, b) => a.ts - b.ts);
    const open: number[] = [];
    for (const e of evs) {
      while (open.length && open[open.length - 1] <= e.ts) open.pop();
      const data = (e.args as { data?: Record<string, unknown> } | undefined)?.data;
      const what = data?.functionName ?? data?.type ?? '';
      console.log(`     ${'  '.repeat(open.length)}${e.name}${what ? ` (${what})` : ''} ${ms(e.dur ?? 0)}`);
      open.push(e.ts + (e.dur ?? 0));
    }
    if (!profile) continue;
    // Self and total sampled time per function in it (a function counted once per sample).
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      if (sampleTs[i] < task.ts || sampleTs[i] >= end) continue;
      const dt = profile.timeDeltas[i + 1] ?? 0;
      let id: number | undefined = profile.samples[i];
      const seen = new Set<string>();
      const first = name(nodes.get(id)!.callFrame);
      self.set(first, (self.get(first) ?? 0) + dt);
      for (; id !== undefined; id = parent.get(id)) {
        const n = name(nodes.get(id)!.callFrame);
        if (seen.has(n)) continue;
        seen.add(n);
        total.set(n, (total.get(n) ?? 0) + dt);
      }
    }
    const rows = (m: Map<string, number>) =>
      [...m.entries()]
        .filter(([n]) => !/^\((root|program|idle)\)/.test(n))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([n, us]) => `       ${ms(us).padStart(9)}  ${n}`)
        .join('\n');
    console.log(`     self time (profile):\n${rows(self)}\n     total time (profile):\n${rows(total)}`);
  }
}
