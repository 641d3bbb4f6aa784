/**
 * Where two traces first differ, by the conformance equality rule (shared/conformance/README.md):
 * stdout (text and time), steps, tasks, error and end equal; warnings with the same texts, each at
 * its time and (where `want` records one) line; memory addresses and times closer than 1e-6 count
 * as equal. Of the differences in each part, the one earliest on the virtual clock is the first
 * (at equal times: a step before output, output before tasks, then warnings, error, end).
 */
import type { ConformanceTrace } from './types';

type Step = ConformanceTrace['steps'][number];
type Line = ConformanceTrace['stdout'][number];
type Task = ConformanceTrace['tasks'][number];
type Warning = ConformanceTrace['warnings'][number];

/**
 * `got` and `want` are the two sides' entries (undefined: that side has none there, e.g. its run
 * ended sooner); `index` the position in the part's list; `t` the clock where they differ.
 */
export type TraceDifference =
  | { part: 'steps'; index: number; t: number; got?: Step; want?: Step }
  | { part: 'stdout'; index: number; t: number; got?: Line; want?: Line }
  | { part: 'tasks'; index: number; t: number; got?: Task; want?: Task }
  /**
   * `warning`: one of `want`'s that `got` lacks (`missing`), or one of `got`'s that `want` lacks;
   * `elsewhere`: the other side's warnings with its text (at other times or lines), if any.
   */
  | { part: 'warnings'; t: number; missing: boolean; warning: Warning; elsewhere: Warning[] }
  | { part: 'error'; t: number; got: string | null; want: string | null }
  | { part: 'end'; t: number; got: number; want: number };

const ADDR = /0x[0-9a-fA-F]+/g;
const norm = (s: string | null) => (s === null ? null : s.replace(ADDR, '0x?'));
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6);
/** The earliest of the times given (the sides' times at a difference). */
const earliest = (...ts: (number | null | undefined)[]) => Math.min(...ts.filter((t): t is number => t != null));

function firstIn<T>(got: T[], want: T[], same: (g: T, w: T) => boolean): number {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) if (i >= got.length || i >= want.length || !same(got[i], want[i])) return i;
  return -1;
}

function steps(got: Step[], want: Step[]): TraceDifference | null {
  const i = firstIn(got, want, (g, w) => g.task === w.task && g.at === w.at && g.to === w.to && close(g.t, w.t));
  return i < 0 ? null : { part: 'steps', index: i, t: earliest(got[i]?.t, want[i]?.t), got: got[i], want: want[i] };
}

function stdout(got: Line[], want: Line[]): TraceDifference | null {
  const i = firstIn(got, want, (g, w) => norm(g.text) === norm(w.text) && close(g.t, w.t));
  return i < 0 ? null : { part: 'stdout', index: i, t: earliest(got[i]?.t, want[i]?.t), got: got[i], want: want[i] };
}

function tasks(got: Task[], want: Task[], end: number): TraceDifference | null {
  const born = (g: Task, w: Task) => g.name === w.name && g.coro === w.coro && close(g.created, w.created);
  const i = firstIn(got, want, (g, w) => born(g, w) && g.state === w.state && close(g.done, w.done));
  if (i < 0) return null;
  const [g, w] = [got[i], want[i]];
  // A task that is made differently differs from its creation; one that ends differently, from its end.
  const t = !g || !w || !born(g, w) ? earliest(g?.created, w?.created) : earliest(g.done, w.done, end);
  return { part: 'tasks', index: i, t, got: g, want: w };
}

/** Warnings are a collection (their order depends on CPython's GC): each of `want`'s must be in `got` once. */
function warnings(got: Warning[], want: Warning[]): TraceDifference | null {
  const left = [...got];
  const missing: Warning[] = [];
  for (const w of [...want].sort((a, b) => a.t - b.t)) {
    const i = left.findIndex(
      (g) => norm(g.text) === norm(w.text) && close(g.t, w.t) && (w.line === undefined || (g.line ?? null) === w.line),
    );
    if (i < 0) missing.push(w);
    else left.splice(i, 1);
  }
  const first = [...missing, ...left].sort((a, b) => a.t - b.t)[0];
  if (!first) return null;
  const isMissing = missing.includes(first);
  const other = (isMissing ? got : want).filter((x) => norm(x.text) === norm(first.text));
  return { part: 'warnings', t: first.t, missing: isMissing, warning: first, elsewhere: other };
}

const ORDER: TraceDifference['part'][] = ['steps', 'stdout', 'tasks', 'warnings', 'error', 'end'];

/** The first difference between `got` and `want`, or null when they are equal. */
export function firstDifference(got: ConformanceTrace, want: ConformanceTrace): TraceDifference | null {
  const end = Math.min(got.end, want.end);
  const found = [
    steps(got.steps, want.steps),
    stdout(got.stdout, want.stdout),
    tasks(got.tasks, want.tasks, end),
    warnings(got.warnings, want.warnings),
    norm(got.error) === norm(want.error) ? null : { part: 'error' as const, t: end, got: got.error, want: want.error },
    close(got.end, want.end) ? null : { part: 'end' as const, t: end, got: got.end, want: want.end },
  ].filter((d): d is TraceDifference => d !== null);
  found.sort((a, b) => (close(a.t, b.t) ? ORDER.indexOf(a.part) - ORDER.indexOf(b.part) : a.t - b.t));
  return found[0] ?? null;
}
