/**
 * The conformance equality rule (shared/conformance/README.md): stdout (text and time), steps,
 * tasks, error and end equal; warnings with the same texts; memory addresses and times closer
 * than 1e-6 count as equal; warnings also at their times and (where the golden has one) line. Returns the first difference, or null.
 */
import type { ConformanceTrace } from './types';

const ADDR = /0x[0-9a-fA-F]+/g;
const norm = (s: string | null) => (s === null ? null : s.replace(ADDR, '0x?'));
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6);

export function compareTraces(got: ConformanceTrace, want: ConformanceTrace): string | null {
  const n = Math.max(got.stdout.length, want.stdout.length);
  for (let i = 0; i < n; i++) {
    const g = got.stdout[i];
    const w = want.stdout[i];
    if (!g || !w || norm(g.text) !== norm(w.text) || !close(g.t, w.t))
      return `stdout[${i}]: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`;
  }
  const m = Math.max(got.steps.length, want.steps.length);
  for (let i = 0; i < m; i++) {
    const g = got.steps[i];
    const w = want.steps[i];
    if (!g || !w || g.task !== w.task || g.at !== w.at || g.to !== w.to || !close(g.t, w.t))
      return `steps[${i}]: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`;
  }
  const k = Math.max(got.tasks.length, want.tasks.length);
  for (let i = 0; i < k; i++) {
    const g = got.tasks[i];
    const w = want.tasks[i];
    if (
      !g ||
      !w ||
      g.name !== w.name ||
      g.coro !== w.coro ||
      g.state !== w.state ||
      !close(g.created, w.created) ||
      !close(g.done, w.done)
    )
      return `tasks[${i}]: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`;
  }
  // Warnings are compared as a collection of texts (their order depends on CPython's GC), each
  // at its time, and at its line where the golden records one (goldens recorded before lines
  // were recorded have none).
  const gw = got.warnings.map((x) => norm(x.text)).sort();
  const ww = want.warnings.map((x) => norm(x.text)).sort();
  if (JSON.stringify(gw) !== JSON.stringify(ww))
    return `warnings: got ${JSON.stringify(gw)}, want ${JSON.stringify(ww)}`;
  const key = (x: ConformanceTrace['warnings'][number]) => `${norm(x.text)}\u0000${x.t.toFixed(5)}`;
  const byKey = (ws: ConformanceTrace['warnings']) =>
    [...ws].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const gs = byKey(got.warnings);
  const ws = byKey(want.warnings);
  const unmatched = [...gs];
  for (const w of ws) {
    const i = unmatched.findIndex(
      (g) => norm(g.text) === norm(w.text) && close(g.t, w.t) && (w.line === undefined || (g.line ?? null) === w.line),
    );
    if (i < 0) {
      const at = (x: { t: number; line?: number | null }) => `t=${x.t}${x.line === undefined ? '' : ` line=${x.line}`}`;
      const have = gs.filter((g) => norm(g.text) === norm(w.text)).map(at);
      return `warnings: want ${JSON.stringify(w.text)} at ${at(w)}, got it at ${have.join(', ')}`;
    }
    unmatched.splice(i, 1);
  }
  if (norm(got.error) !== norm(want.error))
    return `error: got ${JSON.stringify(got.error)}, want ${JSON.stringify(want.error)}`;
  if (!close(got.end, want.end)) return `end: got ${got.end}, want ${want.end}`;
  return null;
}
