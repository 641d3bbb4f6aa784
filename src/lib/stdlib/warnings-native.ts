/**
 * The internal module `_warnings_native`: what `warnings` (py/warnings.py) cannot do in Python —
 * find the frame a warning is attributed to (its file, line, module and `__warningregistry__`),
 * put a shown warning in the run's trace as the recorder does (`Category: message`, with the
 * line when it is the program's), and take over CPython's own "coroutine ... was never awaited".
 */
import { PyDict, PyExc, PyModule, PyTuple, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { call, iterToArray, repr } from '../runtime/ops';
import { run } from '../runtime/run';
import { frameStack } from '../interp/drops';
import { currentThreadStack } from '../interp/threaded';
import { codeObject } from '../interp/frame-objects';
import { importModule, mainGlobals } from '../interp/state';
import { excLine } from '../interp/traceback';
import { unawaitedWarnings, type DropMoment } from '../sim/finalizers';
import type { Frame } from '../interp/frame';
import type { Simulation } from '../sim/runners';

/** The module's `__warningregistry__`, made on first use (as `globals.setdefault(...)` does). */
function registryOf(globals: Map<string, PyValue>): PyDict {
  const r = globals.get('__warningregistry__');
  if (r instanceof PyDict) return r;
  const d = new PyDict();
  globals.set('__warningregistry__', d);
  return d;
}

function fileOf(f: Frame): string {
  return codeObject(f.code).getAttr(codeObject(f.code), 'co_filename') as string;
}

/** Where the frames run out: the event loop that runs a task or callback, or the stack's end. */
type Outside = 'loop' | 'end';

/**
 * The frame `stacklevel` frames out from the caller of warnings.warn (1: the caller itself),
 * frames whose file starts with one of `skip` passed over after the first.
 */
function warnFrame(stacklevel: number, skip: string[]): Frame | Outside {
  const frames = [...currentThreadStack(run.get(frameStack))];
  let i = 0;
  while (frames[i] && frames[i]!.globals.get('__name__') === 'warnings') i++;
  for (let left = stacklevel - 1; left > 0; left--) {
    i++;
    while (frames[i] && skip.some((p) => fileOf(frames[i]!).startsWith(p))) i++;
    if (!frames[i]) break;
  }
  const f = frames[i];
  return f === undefined ? 'end' : f === null ? 'loop' : f;
}

/** The line of Handle._run (asyncio/events.py) that calls a handle's callback, by minor version. */
const HANDLE_RUN_CALL_LINE: Record<number, number> = { 11: 80, 12: 84, 13: 89, 14: 94 };

/** (filename, lineno, module name, registry) of a frame outside the program's and the library's. */
function outside(where: Outside): PyTuple {
  if (where === 'loop') {
    // asyncio's Handle._run, which CPython runs each task step and callback in: the line of its
    // call of the callback (the C Task's step has no frame of its own), per version.
    const events = importModule('asyncio.events').dict!;
    const line = HANDLE_RUN_CALL_LINE[run.minor] ?? 0;
    return new PyTuple([
      `/usr/lib/python3.${run.minor}/asyncio/events.py`,
      BigInt(line),
      'asyncio.events',
      registryOf(events),
    ]);
  }
  // Past the outermost frame CPython names the sys module ("sys", line 1 before 3.13).
  const old = run.minor < 13;
  return new PyTuple([old ? 'sys' : '<sys>', old ? 1n : 0n, 'sys', registryOf(importModule('sys').dict!)]);
}

export function makeWarningsNative(sim: Simulation): PyModule {
  const d = new Map<string, PyValue>();
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => d.set(name, defNative(name, sig, fn));
  // (filename, lineno, module name, registry) of the frame a warning is attributed to.
  def('context', '(stacklevel, skip_file_prefixes, /)', ([level, skip]) => {
    const f = warnFrame(Number(level), iterToArray(skip).map(String));
    if (typeof f === 'string') return outside(f);
    const name = f.globals.get('__name__');
    return new PyTuple([
      fileOf(f),
      BigInt(f.line),
      typeof name === 'string' ? name : '<string>',
      registryOf(f.globals),
    ]);
  });
  // linecache.getline for a warning's file: the program's line (with its newline), else ''.
  def('getline', '(filename, lineno, /)', ([file, n]) => {
    if (!run.isProgramFile(file) || typeof n !== 'bigint') return '';
    const line = sim.sourceLines[Number(n) - 1];
    return line === undefined ? '' : line + '\n';
  });
  // The moment a coroutine never awaited was dropped, while its warning goes through the module.
  let moment: DropMoment | null = null;
  // A warning shown on sys.stderr: into the trace, attributed to its line when that is the program's.
  def('show', '(text, filename, lineno, /)', ([text, file, n]) => {
    const line = run.isProgramFile(file) && typeof n === 'bigint' && n > 0n ? Number(n) : null;
    if (moment === null) {
      sim.beforeWarning();
      sim.rec.warning(String(text), sim.clock.now, line);
    } else sim.rec.warning(String(text), moment.t, line, moment.step, moment.origin);
    return null;
  });
  // The context of a coroutine's warning: the program's line running when it was dropped (CPython's
  // stacklevel=2 from the finalizer), or none (interpreter shutdown).
  def('unawaited_context', '(lineno, /)', ([n]) => {
    if (typeof n !== 'bigint') return outside('end');
    return new PyTuple([run.fileName, n, '__main__', registryOf(run.get(mainGlobals))]);
  });
  // From now on such warnings go to `warn(qualname, lineno)`; one the filters make an error is
  // "ignored" on stderr, as CPython's finalizer does with it.
  def('take_unawaited', '(warn, /)', ([warn]) => {
    run.get(unawaitedWarnings).send = (coro, line, at, createdAt) => {
      moment = at;
      try {
        call(warn, [coro.qualname, line === null ? null : BigInt(line), createdAt], null);
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        sim.rec.stderr(`Exception ignored in: ${repr(coro)}\n${excLine(e.exc)}\n`, at.t);
      } finally {
        moment = null;
      }
      return true;
    };
    return null;
  });
  return new PyModule('_warnings_native', d);
}
