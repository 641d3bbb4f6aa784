/**
 * An exception leaving a Python frame: the frame is recorded in its traceback; a JS stack overflow
 * becomes RecursionError and any other RangeError (a string, array or int too big) MemoryError.
 */
import { PyExc, pyError, RangeErrorGuard } from '../runtime/core';
import { asMemoryError } from '../runtime/memory';
import { run } from '../runtime/run';
import type { PyExceptionObject, SourceSpan, TracebackEntry } from '../runtime/core';
import { frameStack } from './drops';
import type { Frame } from './frame';
import { statementEntry } from './library-frames';
import { NOWHERE } from './compile/positions';

/**
 * The traceback entry for `frame` at its current line, with its caller (the frame below it on the
 * stack). With the exception leaving or caught in the frame: where in the line it failed.
 */
export function entryFor(frame: Frame, line = frame.line, exc?: PyExceptionObject): TracebackEntry {
  const entry = plainEntry(frame, line);
  const pos = exc !== undefined ? failedAt(exc, frame) : null;
  // A library statement shown as CPython's keeps CPython's position in its own line.
  if (pos !== null && entry.text === undefined) {
    // CPython names the line the failing operation starts on: in a statement written over several
    // lines a later one than the statement's (or, after a call on a later line, an earlier one).
    entry.line = pos.line;
    entry.pos = pos;
  }
  return entry;
}

/**
 * The expression that failed in the frame: the innermost one the closure compiler's marks
 * recorded on the exception, else the operation the frame's code last started (the source tier's
 * and await's). Both belong to the statement running (each statement, and each clause header that
 * runs after a nested block, clears the frame's note), so the entry's line is the expression's.
 * The exception's mark is taken: it belongs to this frame.
 */
export function failedAt(exc: PyExceptionObject, frame: Frame): SourceSpan | null {
  const pos = exc.pendingPos ?? frame.pos;
  exc.pendingPos = null;
  return pos === NOWHERE ? null : pos;
}

function plainEntry(frame: Frame, line: number): TracebackEntry {
  const s = run.get(frameStack);
  const i = s.lastIndexOf(frame);
  // A generator's frame may be off the stack already: then the frame that resumed it is on top.
  const back = i >= 0 ? s[i - 1] : s[s.length - 1];
  const { name, user, file } = frame.code;
  // Code compiled by exec() shows in tracebacks under its own file ("<string>").
  if (file !== undefined) return { name, line, user: true, file, frame, back: back ?? null };
  if (!user) {
    const shown = statementEntry(frame.globals.get('__name__'), frame.code.qualname, line);
    if (shown !== null) return { ...shown, ownLine: line, frame, back: back ?? null };
  }
  return { name, line, user, frame, back: back ?? null };
}

/** Record the frame a Python exception passes through (see the file's comment). */
export function addTraceback(e: unknown, frame: Frame): unknown {
  if (e instanceof RangeError) e = asMemoryError(e);
  if (e instanceof PyExc) {
    if (e.exc.reraisedIn === frame) {
      // The frame adds no entry, so no position held in it (an `except` of the frame that did not
      // match held one) may go on to name a line of the caller's entry.
      e.exc.reraisedIn = null;
      e.exc.pendingPos = null;
    } else e.exc.traceback.push(entryFor(frame, frame.line, e.exc));
    return e;
  }
  if (e instanceof RangeError && RangeErrorGuard.isStackOverflow(e)) {
    // The JS stack ran out before Python's limit: report it as Python would. If even that
    // overflows, let the RangeError travel up to a frame with room to convert it.
    try {
      const r = pyError('RecursionError', overflowText(run.depth, run.limits.recursion));
      r.exc.traceback.push(entryFor(frame));
      return r;
    } catch {
      return e;
    }
  }
  return e;
}

/**
 * The RecursionError text for a JS stack overflow at Python depth `depth`. Below the program's
 * recursion limit CPython would have gone on (3.12+ does not recurse on the C stack), so the text
 * says it was the simulator's stack, not Python's limit, that ran out.
 */
function overflowText(depth: number, limit: number): string {
  const text = 'maximum recursion depth exceeded';
  if (depth >= limit) return text;
  return `${text}: Loopline's own stack ran out at depth ${depth}, below sys.getrecursionlimit() (${limit})`;
}
