/**
 * `loopline run`'s output: what the program wrote to stdout and to stderr (its own writes, and
 * warnings as the warnings module prints them), each line prefixed with its virtual time, written
 * to the two streams in the order the program wrote them, so that a terminal shows them
 * interleaved as python3's would (a log line between the prints around it).
 */

import { TRACEMALLOC_HINT } from '../lib/sim/finalizers';
import type { RunResult } from '../lib/run';

interface Chunk {
  t: number;
  text: string;
}

function timeStamp(t: number): string {
  return `[${t.toFixed(3).padStart(8)}s]`;
}

/** One stream's text as lines, each prefixed with the virtual time of its first piece. */
class Stamper {
  private atLineStart = true;

  add(o: Chunk): string {
    let s = '';
    const parts = o.text.split('\n');
    parts.forEach((p, i) => {
      if (p === '' && i === parts.length - 1) return;
      if (this.atLineStart) s += timeStamp(o.t) + ' ';
      s += p;
      if (i < parts.length - 1) {
        s += '\n';
        this.atLineStart = true;
      } else this.atLineStart = false;
    });
    return s;
  }

  /** The newline that ends a last line written without one. */
  end(): string {
    return this.atLineStart ? '' : '\n';
  }

  /** Text that is not the program's (a traceback): on a line of its own, without time stamps. */
  raw(text: string): string {
    const s = this.end() + text;
    if (text) this.atLineStart = text.endsWith('\n');
    return s;
  }
}

export interface Written {
  stdout: Chunk[];
  /** Its writes to stderr; `at`: how many stdout writes came before (absent: after all of them). */
  stderr: (Chunk & { at?: number })[];
  warnings: (Chunk & { line?: number | null })[];
  /** For each warning: how many stdout writes came before it. */
  warningAt?: number[];
  /** For each warning: how many stderr writes came before it (absent: after those of its moment). */
  warningErrAt?: number[];
  /** By warning index: the whole text python3 writes for it, when that is more than its text. */
  warningLogs?: Record<number, string>;
  /** How many stdout, stderr and warning writes came before the tail (absent: all of them). */
  tailAt?: { stdout: number; stderr: number; warnings: number };
}

/** What a run wrote, as writeStreams takes it. */
export function writtenOf(result: RunResult): Written {
  return {
    stdout: result.trace.stdout,
    stderr: result.ui.stderr,
    warnings: result.trace.warnings,
    warningAt: result.ui.warningAt,
    warningErrAt: result.ui.warningErrAt,
    warningLogs: result.ui.warningLogs,
    // python3 prints an uncaught exception's traceback before atexit's functions run.
    tailAt: result.traceback ? result.endedAt : undefined,
  };
}

/** The program's file as tracebacks name it, and its source lines. */
export interface Program {
  file: string;
  lines: readonly string[];
}

// (Its origin's lines may follow: "Coroutine created at (most recent call last)".)
const NEVER_AWAITED = /^RuntimeWarning: coroutine .* was never awaited(\n|$)/;

/**
 * A warning as CPython's warnings module writes it on stderr: `file:line: Category: message`, then
 * the source line stripped and indented by two, then (for a coroutine never awaited) the hint
 * about tracemalloc. A warning with no line in the program is its text alone.
 */
function warningText(program: Program, text: string, line: number | null): string {
  if (!line) return `${text}\n`;
  let s = `${program.file}:${line}: ${text}\n`;
  const src = (program.lines[line - 1] ?? '').trim();
  if (src) s += `  ${src}\n`;
  if (NEVER_AWAITED.test(text)) s += TRACEMALLOC_HINT;
  return s;
}

/**
 * Writes `w` to `out` and `err` in the order the program wrote it, with `tail` (the traceback or
 * stop message) on `err` where the program ended (`w.tailAt`; before what exit functions wrote). A warning with a line reads as the warnings module prints it (warningText).
 * Each stream gets its text in as few writes as the interleaving allows (one each when they do not mix).
 */
export function writeStreams(
  w: Written,
  program: Program,
  tail: string,
  out: { write(s: string): unknown },
  err: { write(s: string): unknown },
): void {
  const tailAt = w.tailAt ?? { stdout: Infinity, stderr: Infinity, warnings: Infinity };
  // Each stderr piece is before the tail (0) or after it (2), the tail itself between (1); among
  // the program's stderr writes, a warning goes before the write it came before (`seq`: twice the
  // index of a write, plus one; twice the count of writes before a warning).
  const errChunks = [
    ...w.stderr.map((c, i) => ({
      t: c.t,
      text: c.text,
      at: c.at ?? Infinity,
      seq: 2 * i + 1,
      i,
      phase: i < tailAt.stderr ? 0 : 2,
    })),
    ...w.warnings.map((c, i) => ({
      t: c.t,
      text: w.warningLogs?.[i] ?? warningText(program, c.text, c.line ?? null),
      at: w.warningAt?.[i] ?? Infinity,
      seq: 2 * (w.warningErrAt?.[i] ?? Infinity),
      i: w.stderr.length + i,
      phase: i < tailAt.warnings ? 0 : 2,
    })),
    ...(tail ? [{ t: 0, text: tail, at: tailAt.stdout, seq: Infinity, i: 0, phase: 1, bare: true }] : []),
  ].sort((a, b) => a.phase - b.phase || a.at - b.at || a.seq - b.seq || a.t - b.t || a.i - b.i);
  const so = new Stamper();
  const se = new Stamper();
  let k = 0;
  const flushOut = (upto: number) => {
    let s = '';
    for (; k < upto && k < w.stdout.length; k++) s += so.add(w.stdout[k]);
    if (s) out.write(s);
  };
  let e = '';
  for (const c of errChunks) {
    if (c.at > k && k < w.stdout.length) {
      if (e) err.write(e);
      e = '';
      flushOut(c.at);
    }
    e += 'bare' in c ? se.raw(c.text) : se.add(c);
  }
  if (e) err.write(e);
  flushOut(w.stdout.length);
  const outEnd = so.end();
  if (outEnd) out.write(outEnd);
  const errEnd = se.end();
  if (errEnd) err.write(errEnd);
}
