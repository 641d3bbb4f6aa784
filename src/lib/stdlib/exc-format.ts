/**
 * traceback.format_exception for an exception the program holds (caught, or kept): its frames
 * from the `except` that caught it down to where it was raised, its cause and context chain, and
 * its notes; the program's own frames only, with the version's caret lines (as the CLI prints tracebacks).
 */
import type { PyExceptionObject, TracebackEntry } from '../runtime/core';
import { run } from '../runtime/run';
import { entryRows, excLine, syntaxErrorRows } from '../interp/traceback';
import { tracebackEntries } from '../interp/library-frames';
import type { HintSite } from '../interp/suggestions';

/** Exception groups shown in full to this width and depth (TracebackException's defaults). */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * The lines traceback.format_exception(exc) returns, each ending in a newline. An exception group
 * is drawn as CPython draws it: its sub-exceptions numbered in boxes, each line of a group's
 * inside behind `| ` margins two columns deeper per level (TracebackException.format). `top`: the
 * frames (outermost first) shown for `e` itself when the program gave another traceback than its
 * own (none: tb=None).
 */
export function formatException(
  e: PyExceptionObject,
  lines: string[],
  chain = true,
  uncaught = false,
  limit: number | null = null,
  top: TracebackEntry[] | null = null,
): string[] {
  const out: string[] = [];
  const seen = new Set<PyExceptionObject>();
  let depth = 0;
  let needClose = false;
  const indent = () => ' '.repeat(2 * depth);
  // _ExceptionPrintContext.emit: every line of `text` behind the margin of the current depth.
  // Each piece stays one item of the list (a frame, the exception's line, a note), as CPython's.
  const emit = (pieces: string | string[], margin = '|') => {
    const pad = depth ? indent() + margin + ' ' : '';
    for (const text of typeof pieces === 'string' ? [pieces] : pieces)
      out.push(pad ? text.replace(/^(?=.)/gm, pad).replace(/^$(?=\n)/gm, pad) : text);
  };
  const stack = (x: PyExceptionObject): string[] =>
    limited(x === e && top !== null ? top : framesOf(x, uncaught && x === e), limit).map((tb) => frameText(tb, lines));
  // Its hint as the interpreter writes it for an uncaught exception, else as the traceback module (tb=None: none).
  const site = (x: PyExceptionObject): HintSite =>
    uncaught ? 'uncaught' : x === e && top !== null && top.length === 0 ? 'line' : 'traceback';
  const only = (x: PyExceptionObject): string[] => [
    ...(syntaxErrorRows(x) ?? [excLine(x, site(x))]).map((r) => r + '\n'),
    ...(x.notes ?? []).map((n) => n + '\n'),
  ];
  const one = (x: PyExceptionObject) => {
    seen.add(x);
    if (chain && x.cause && !seen.has(x.cause)) {
      one(x.cause);
      emit('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (chain && x.context && !x.suppressContext && !seen.has(x.context)) {
      one(x.context);
      emit('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    const frames = stack(x);
    if (x.exceptions === null) {
      if (frames.length) {
        emit('Traceback (most recent call last):\n');
        emit(frames);
      }
      emit(only(x));
      return;
    }
    if (depth > MAX_GROUP_DEPTH) {
      emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
      return;
    }
    const top = depth === 0;
    if (top) depth++;
    if (frames.length) {
      emit('Exception Group Traceback (most recent call last):\n', top ? '+' : '|');
      emit(frames);
    }
    emit(only(x));
    const subs = x.exceptions;
    const n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
    needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      out.push(`${indent()}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
      depth++;
      if (!truncated) one(subs[i]);
      else {
        const more = subs.length - MAX_GROUP_WIDTH;
        emit(`and ${more} more exception${more > 1 ? 's' : ''}\n`);
      }
      if (last && needClose) {
        out.push(`${indent()}+------------------------------------\n`);
        needClose = false;
      }
      depth--;
    }
    if (top) depth = 0;
  };
  one(e);
  return out;
}

/** A frame as a traceback shows it: where, the source line and its carets. */
export function frameText(tb: TracebackEntry, lines: string[]): string {
  // A frame of code run by exec()/eval() names its own file ("<string>") and shows no source.
  const at = `  File "${tb.file ?? run.fileName}", line ${tb.line}, in ${tb.name}\n`;
  return (
    at +
    entryRows(tb, lines)
      .map((r) => r + '\n')
      .join('')
  );
}

/**
 * The program's frames of the exception's traceback, outermost first; a caught one's start where
 * the `except` caught it (an uncaught one's traceback already reaches the program's top).
 */
function framesOf(x: PyExceptionObject, uncaught: boolean): TracebackEntry[] {
  const frames = [...tracebackEntries(x)].reverse();
  if (x.caughtAt !== null && !uncaught) frames.unshift(x.caughtAt);
  return frames.filter((f) => f.user);
}

/** traceback's `limit`: the outermost `limit` frames of each traceback, or the innermost -limit. */
function limited<T>(frames: T[], limit: number | null): T[] {
  if (limit === null) return frames;
  return limit >= 0 ? frames.slice(0, limit) : frames.slice(Math.max(0, frames.length + limit));
}
