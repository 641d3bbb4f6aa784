/**
 * asyncio's own Python frames in a traceback. An exception a task raised comes out of
 * `asyncio.run(main())` through three frames of CPython's Lib/asyncio (runners.py's `run`,
 * `Runner.run`, base_events.py's `run_until_complete`), which CPython prints between the program's
 * line and the task's frames. The simulator runs those functions natively, so it notes them on the
 * exception as it passes (at the length its traceback has then) and the printers splice them in.
 * Files are named as a Linux distribution installs them; lines are each version's.
 */
import type { PyExceptionObject, TracebackEntry } from '../runtime/core';
import { run } from '../runtime/run';

interface LibraryFrame {
  file: string;
  name: string;
  /** The line as it stands in the file (indented), and the failing call's columns in it. */
  text: string;
  col: number;
  endCol: number;
  /** Its line number in 3.11, 3.12, 3.13 and 3.14 (3.11.7, 3.12.1, 3.13.0, 3.14.2). */
  lines: [number, number, number, number];
}

const FRAMES = {
  run_until_complete: {
    file: 'base_events.py',
    name: 'run_until_complete',
    text: '        return future.result()',
    col: 15,
    endCol: 30,
    lines: [653, 684, 721, 719],
  },
  'Runner.run': {
    file: 'runners.py',
    name: 'run',
    text: '            return self._loop.run_until_complete(task)',
    col: 19,
    endCol: 54,
    lines: [118, 118, 118, 127],
  },
  run: {
    file: 'runners.py',
    name: 'run',
    text: '        return runner.run(main)',
    col: 15,
    endCol: 31,
    lines: [190, 194, 194, 204],
  },
} satisfies Record<string, LibraryFrame>;

export type LibraryFrameName = keyof typeof FRAMES;

function entry(f: LibraryFrame): TracebackEntry {
  const line = f.lines[Math.min(Math.max(run.minor - 11, 0), 3)];
  return {
    name: f.name,
    line,
    user: true,
    file: `/usr/lib/python3.${run.minor}/asyncio/${f.file}`,
    text: f.text,
    pos: { line, col: f.col, endLine: line, endCol: f.endCol },
  };
}

/**
 * `e` leaves asyncio's function `name`. `first`: the innermost of them (run_until_complete
 * returning the task's exception) starts a new run of frames; an outer one joins the run the
 * exception carries at this point of its traceback, if any (an exception raised elsewhere in
 * asyncio.run, such as "Event loop is closed", gets none).
 */
export function leftLibraryFrame(e: PyExceptionObject, name: LibraryFrameName, first = false): void {
  const at = e.traceback.length;
  const runs = e.libraryFrames;
  const last = runs === null ? undefined : runs[runs.length - 1];
  if (first) {
    const started = { at, frames: [entry(FRAMES[name])] };
    if (runs === null) e.libraryFrames = [started];
    else runs.push(started);
  } else if (last !== undefined && last.at === at) last.frames.push(entry(FRAMES[name]));
}

/** The exception's traceback entries, innermost first, with the library frames it passed through in place. */
export function tracebackEntries(e: PyExceptionObject): TracebackEntry[] {
  const runs = e.libraryFrames;
  if (runs === null) return e.traceback;
  const out: TracebackEntry[] = [];
  const tb = e.traceback;
  for (let i = 0; i <= tb.length; i++) {
    for (const r of runs) if (r.at === i) out.push(...r.frames);
    if (i < tb.length) out.push(tb[i]);
  }
  return out;
}
