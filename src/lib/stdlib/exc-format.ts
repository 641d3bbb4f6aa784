/**
 * traceback.format_exception for an exception the program holds (caught, or kept): its frames
 * from the `except` that caught it down to where it was raised, its cause and context chain, and
 * its notes; the program's own frames only, without caret lines (as the CLI prints tracebacks).
 */
import type { PyExceptionObject, TracebackEntry } from '../runtime/core';
import { run } from '../runtime/run';
import { excLine } from '../interp/traceback';

/** The lines traceback.format_exception(exc) returns, each ending in a newline. */
export function formatException(e: PyExceptionObject, lines: string[], chain = true): string[] {
  const out: string[] = [];
  const seen = new Set<PyExceptionObject>();
  const one = (x: PyExceptionObject) => {
    seen.add(x);
    if (chain && x.cause && !seen.has(x.cause)) {
      one(x.cause);
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (chain && x.context && !x.suppressContext && !seen.has(x.context)) {
      one(x.context);
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    const frames = framesOf(x);
    if (frames.length) {
      out.push('Traceback (most recent call last):\n');
      for (const tb of frames) {
        let s = `  File "${tb.file ?? run.fileName}", line ${tb.line}, in ${tb.name}\n`;
        const src = tb.file === undefined ? lines[tb.line - 1] : undefined;
        if (src !== undefined && src.trim()) s += `    ${src.trim()}\n`;
        out.push(s);
      }
    }
    out.push(excLine(x) + '\n');
    if (x.notes) for (const n of x.notes) out.push(n + '\n');
  };
  one(e);
  return out;
}

/** The program's frames of the exception's traceback, outermost first. */
function framesOf(x: PyExceptionObject): TracebackEntry[] {
  const frames = [...x.traceback].reverse();
  if (x.caughtAt !== null) frames.unshift(x.caughtAt);
  return frames.filter((f) => f.user);
}
