/**
 * "What changed": the differences between one program's traces on two CPython versions (the first
 * differing step, the differing output lines, the warnings only one gives, the error, the task
 * names, the end time), each explained in a sentence from the catalogue of known changes
 * (version-changes.ts), or by a generic sentence when no entry recognises it.
 */
import { minorOf, type PythonVersion } from '../ir/python-version';
import type { ConformanceTrace } from './types';
import { GENERIC_WHY, VERSION_CHANGES, type DifferenceKind } from './version-changes';

export interface VersionRun {
  python: PythonVersion;
  trace: ConformanceTrace;
}

export interface VersionDifference {
  kind: DifferenceKind;
  /** The step or output line (0-based) where it is, for 'step' and 'output'. */
  index: number | null;
  /** What each version shows there (null: nothing). */
  a: string | null;
  b: string | null;
  /** The catalogue entries that explain it (empty: the generic sentence). */
  changes: string[];
  /** One sentence per explanation. */
  why: { en: string; ko: string }[];
}

/** Differing output lines listed one by one; the rest are counted in one more entry. */
const OUTPUT_LINES = 8;

const ADDR = /0x[0-9a-fA-F]+/g;
const norm = (s: string) => s.replace(ADDR, '0x?');
const close = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) < 1e-6);

function stepText(s: ConformanceTrace['steps'][number] | undefined): string | null {
  if (!s) return null;
  return `${s.task} ${s.at ?? '(start)'} → ${s.to ?? '(done)'} @ ${+s.t.toFixed(6)}s`;
}

/** Texts in `xs` that `ys` lacks, counting repeats. */
function missingFrom(xs: string[], ys: string[]): string[] {
  const left = new Map<string, number>();
  for (const y of ys) left.set(y, (left.get(y) ?? 0) + 1);
  const out: string[] = [];
  for (const x of xs) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** The raw differences, before explanation. */
function rawDifferences(a: ConformanceTrace, b: ConformanceTrace): Omit<VersionDifference, 'changes' | 'why'>[] {
  const out: Omit<VersionDifference, 'changes' | 'why'>[] = [];
  const steps = Math.max(a.steps.length, b.steps.length);
  for (let i = 0; i < steps; i++) {
    const x = a.steps[i];
    const y = b.steps[i];
    if (!x || !y || x.task !== y.task || x.at !== y.at || x.to !== y.to || !close(x.t, y.t)) {
      out.push({ kind: 'step', index: i, a: stepText(x), b: stepText(y) });
      break;
    }
  }
  const lines = Math.max(a.stdout.length, b.stdout.length);
  let shown = 0;
  let more = 0;
  for (let i = 0; i < lines; i++) {
    const x = a.stdout[i];
    const y = b.stdout[i];
    if (x && y && norm(x.text) === norm(y.text) && close(x.t, y.t)) continue;
    if (shown === OUTPUT_LINES) {
      more++;
      continue;
    }
    shown++;
    out.push({
      kind: 'output',
      index: i,
      a: x ? x.text.replace(/\n$/, '') : null,
      b: y ? y.text.replace(/\n$/, '') : null,
    });
  }
  if (more) out.push({ kind: 'output', index: null, a: `… ${more} more`, b: `… ${more} more` });
  const wa = a.warnings.map((w) => norm(w.text));
  const wb = b.warnings.map((w) => norm(w.text));
  for (const w of missingFrom(wa, wb)) out.push({ kind: 'warning', index: null, a: w, b: null });
  for (const w of missingFrom(wb, wa)) out.push({ kind: 'warning', index: null, a: null, b: w });
  if ((a.error === null ? null : norm(a.error)) !== (b.error === null ? null : norm(b.error)))
    out.push({ kind: 'error', index: null, a: a.error, b: b.error });
  const ta = a.tasks.map((t) => t.name).join(', ');
  const tb = b.tasks.map((t) => t.name).join(', ');
  if (ta !== tb) out.push({ kind: 'tasks', index: null, a: ta || null, b: tb || null });
  if (!close(a.end, b.end))
    out.push({ kind: 'end', index: null, a: `${+a.end.toFixed(6)}s`, b: `${+b.end.toFixed(6)}s` });
  return out;
}

/** The catalogue entries that changed between the two versions and recognise the difference. */
function explain(
  d: Omit<VersionDifference, 'changes' | 'why'>,
  source: string,
  lo: number,
  hi: number,
): Pick<VersionDifference, 'changes' | 'why'> {
  const facts = { kind: d.kind, text: `${d.a ?? ''}\n${d.b ?? ''}`, a: d.a, b: d.b, source };
  const hits = VERSION_CHANGES.filter((c) => minorOf(c.since) > lo && minorOf(c.since) <= hi && c.matches(facts));
  if (!hits.length) return { changes: [], why: [GENERIC_WHY[d.kind]] };
  return { changes: hits.map((c) => c.id), why: hits.map((c) => ({ en: c.en, ko: c.ko })) };
}

/** How the program's run on version `a.python` differs from its run on `b.python`, explained. */
export function versionDifferences(source: string, a: VersionRun, b: VersionRun): VersionDifference[] {
  const [lo, hi] = [minorOf(a.python), minorOf(b.python)].sort((x, y) => x - y);
  return rawDifferences(a.trace, b.trace).map((d) => ({ ...d, ...explain(d, source, lo, hi) }));
}
