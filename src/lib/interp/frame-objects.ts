/**
 * The objects CPython hands a program for introspection: `traceback` (exc.__traceback__), `frame`
 * (tb_frame) and `code` (function.__code__, f_code). They are views made on first use from what
 * the interpreter already keeps: an exception's traceback entries (innermost first, plus the
 * `except` that caught it) and the frames and code those entries name.
 */
import {
  PyObject,
  PyTuple,
  PyDict,
  PyCell,
  PyExceptionObject,
  builtinClass,
  defMethod,
  addressOf,
  pyError,
  type PyValue,
  type TracebackEntry,
} from '../runtime/core';
import { run, type Run } from '../runtime/run';
import { setitem, excTracebackSetter, repr } from '../runtime/ops';
import { liveDict } from '../runtime/types/attr-dict';
import type { Code, Frame } from './frame';
import { tracebackEntries } from './library-frames';

export const tracebackClass = builtinClass('traceback');
export const frameClass = builtinClass('frame');
/** `code`: its objects answer co_* names through getAttr (sim/asyncio-functions.ts makes some too). */
export const codeClass = builtinClass('code');

// co_flags bits (Include/cpython/code.h), the same in 3.11 to 3.14; 3.14 adds CO_HAS_DOCSTRING and CO_METHOD.
const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;
const CO_ITERABLE_COROUTINE = 0x100;
const CO_HAS_DOCSTRING = 0x4000000;
const CO_METHOD = 0x8000000;

/** Each body's code object in the run that made it (compiled code outlives its run: run.ts keeps the program's compile). */
const codes = new WeakMap<Code, { madeIn: Run; obj: PyCode }>();
const frames = new WeakMap<Frame, PyFrame>();
const tbs = new WeakMap<TracebackEntry, PyTraceback>();

/**
 * The code object of a compiled body (one per body, as CPython's), made in each run that asks for
 * it: one made in an earlier run would keep that run's id, and this run would number one object
 * fewer than a first run does.
 */
export function codeObject(code: Code): PyCode {
  const c = codes.get(code);
  if (c !== undefined && c.madeIn === run) return c.obj;
  const obj = new PyCode(code);
  codes.set(code, { madeIn: run, obj });
  return obj;
}

/** Where CPython defines a library function Loopline writes in Python, and its locals' names there. */
interface RecordedPlace {
  file: string;
  line: number;
  varnames: string[];
  /** Its co_flags (of which only whether it has a docstring is taken: 3.14's CO_HAS_DOCSTRING). */
  flags: number;
}
const recordedPlaces = new WeakMap<Code, RecordedPlace>();

/**
 * A library function's code object shows CPython's file, first line and local names
 * (sim/function-modules.ts gives asyncio's, from data recorded from CPython).
 */
export function showCodeAs(code: Code, place: RecordedPlace): void {
  recordedPlaces.set(code, place);
}

export class PyCode extends PyObject {
  constructor(readonly code: Code) {
    super(codeClass);
  }

  /** What CPython's code says of this library function, when its parameters are these. */
  private recorded(): RecordedPlace | undefined {
    const place = recordedPlaces.get(this.code);
    const p = this.code.params;
    if (place === undefined || !p) return undefined;
    return this.ownVarnames(false).every((n, i) => place.varnames[i] === n) ? place : undefined;
  }

  private varnames(): string[] {
    return this.recorded()?.varnames.slice() ?? this.ownVarnames(true);
  }

  /** The parameters' names (`*args` and `**kwargs` last), then, with `locals`, the other locals'. */
  private ownVarnames(locals: boolean): string[] {
    const p = this.code.params;
    const sc = this.code.scope;
    if (!p || (sc.kind !== 'function' && sc.kind !== 'comprehension')) return [];
    const bySlot: string[] = [];
    for (const [n, i] of sc.slots) bySlot[i] = n;
    const out = [...p.names];
    if (p.varargSlot >= 0) out.push(bySlot[p.varargSlot]);
    if (p.kwargSlot >= 0) out.push(bySlot[p.kwargSlot]);
    // Other locals follow; captured ones (cells) are co_cellvars, not co_varnames.
    if (locals) for (const n of bySlot) if (n !== undefined && !out.includes(n) && !sc.cells.has(n)) out.push(n);
    return out;
  }

  private flags(): number {
    const c = this.code;
    const p = c.params;
    if (!p) return 0; // module and class bodies
    let f = CO_OPTIMIZED | CO_NEWLOCALS;
    if (p.varargSlot >= 0) f |= CO_VARARGS;
    if (p.kwargSlot >= 0) f |= CO_VARKEYWORDS;
    for (let s = c.scope.parent; s !== null; s = s.parent) if (s.kind === 'function') f |= CO_NESTED;
    if (c.kind === 'generator') f |= CO_GENERATOR;
    else if (c.kind === 'coroutine') f |= CO_COROUTINE;
    else if (c.kind === 'asyncgen') f |= CO_ASYNC_GENERATOR;
    if (c.iterableCoroutine) f |= CO_ITERABLE_COROUTINE;
    if (run.minor >= 14 && (c.doc != null || (this.recorded()?.flags ?? 0) & CO_HAS_DOCSTRING)) f |= CO_HAS_DOCSTRING;
    if (run.minor >= 14 && c.scope.parent?.kind === 'class') f |= CO_METHOD;
    return f;
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    const c = this.code;
    const p = c.params;
    switch (name) {
      case 'co_name':
        return shownAs.get(c)?.name ?? c.name;
      case 'co_qualname':
        return c.qualname;
      case 'co_filename':
        // The program's own code: its __file__, as CPython's (tracebacks may show the bare name).
        return (
          c.file ??
          (c.user ? run.filePath : (recordedPlaces.get(c)?.file ?? shownAs.get(c)?.file ?? `<loopline ${c.qualname}>`))
        );
      case 'co_firstlineno':
        return BigInt(recordedPlaces.get(c)?.line ?? c.firstLine);
      case 'co_argcount':
        return BigInt(p ? p.positional : 0);
      case 'co_posonlyargcount':
        return BigInt(p ? p.posonly : 0);
      case 'co_kwonlyargcount':
        return BigInt(p ? p.kwonly : 0);
      case 'co_varnames':
        return new PyTuple(this.varnames());
      case 'co_nlocals':
        return BigInt(this.varnames().length);
      case 'co_cellvars':
        return new PyTuple([...c.scope.cells].filter((n) => !p || !p.names.includes(n)));
      case 'co_freevars':
        return new PyTuple([...c.scope.freeSlots.keys()]);
      case 'co_flags':
        return BigInt(this.flags());
    }
    return undefined;
  }
}

/**
 * The frame object of an interpreter frame; `back` is its caller when known (null: none).
 * Only the program's own frames are linked: asyncio's and Loopline's library frames are left out,
 * as they are left out of printed tracebacks.
 */
export function frameObject(frame: Frame, back: Frame | null | undefined): PyFrame {
  let f = frames.get(frame);
  if (f === undefined) frames.set(frame, (f = new PyFrame(frame)));
  if (back !== undefined && f.back === undefined) f.back = back;
  return f;
}

/**
 * The program's frames of the running thread from `frame` outward (`frame` first; none when it is
 * not running there), set by interp/threaded.ts, which knows the running thread's frames.
 */
export const runningCallers: { of: (frame: Frame) => Frame[] } = { of: () => [] };

class PyFrame extends PyObject {
  back: Frame | null | undefined = undefined;
  /** A library frame shown as CPython's: its line in Loopline's source (`own`) stands for CPython's `line`. */
  shown: { own: number; line: number } | null = null;
  constructor(readonly frame: Frame) {
    super(frameClass);
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    const fr = this.frame;
    switch (name) {
      case 'f_code':
        return codeObject(fr.code);
      case 'f_lineno':
        return BigInt(this.line());
      case 'f_lasti':
        return BigInt(lasti(this.line()));
      case 'f_globals':
        return globalsOf(fr.globals);
      case 'f_locals':
        return localsSnapshot(fr);
      case 'f_back':
        if (this.back === undefined)
          throw pyError('NotImplementedError', 'frame.f_back is not simulated for this frame');
        return this.back === null ? null : frameObject(this.back, undefined);
    }
    return undefined;
  }

  /** The line it is at, as CPython's frame would be. */
  line(): number {
    const sh = this.shown;
    return sh !== null && sh.own === this.frame.line ? sh.line : this.frame.line;
  }
}

// CPython's frame repr (where it is and which code it runs) is defined below with the library frames'.

/** A stable stand-in for the bytecode offset: CPython's is not portable across versions. */
function lasti(line: number): number {
  return line * 2;
}

function globalsDict(globals: Iterable<[string, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of globals) setitem(d, k, v);
  return d;
}

/**
 * frame.f_locals' names and values, in its order: a function's locals bound now (a cell's contents)
 * then its bound free variables; a module or class frame's namespace.
 */
export function localsEntries(fr: Frame): [string, PyValue][] {
  if (fr.ns !== null) return [...fr.ns];
  const sc = fr.code.scope;
  if (sc.kind === 'module') return [...fr.globals];
  const out: [string, PyValue][] = [];
  for (const [n, i] of sc.slots) {
    const v = fr.locals[i];
    const value = v instanceof PyCell ? v.v : v;
    if (value !== undefined) out.push([n, value]);
  }
  for (const [n, j] of sc.freeSlots) {
    const v = fr.free[j]?.v;
    if (v !== undefined) out.push([n, v]);
  }
  return out;
}

/** f_locals as a snapshot: a dict of localsEntries. */
function localsSnapshot(fr: Frame): PyDict {
  return globalsDict(localsEntries(fr));
}

/**
 * The CPython file and function of library code whose statements tracebacks show as CPython's
 * (json's `loads`: .../json/__init__.py; TaskGroup's `_aexit` as 3.13.0's `__aexit__`), learnt from
 * the traceback entry its frame was last reached by (traceback.extract_tb reads them off f_code).
 */
const shownAs = new WeakMap<Code, { file: string; name: string }>();

/**
 * The traceback entries of an exception as CPython's tb_next runs them, outermost first: the
 * program's, and the library frames CPython has where Loopline runs the code natively (asyncio.run's
 * runners.py and base_events.py frames), as printed tracebacks show them.
 */
function chainOf(e: PyExceptionObject): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  if (e.caughtAt !== null && e.caughtAt.user) out.push(e.caughtAt);
  const entries = tracebackEntries(e);
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].user) out.push(entries[i]);
  return out;
}

/** exc.__traceback__: the outermost entry's traceback object, or None. */
export function tracebackOf(e: PyExceptionObject): PyValue {
  const chain = chainOf(e);
  if (chain.length === 0) return null;
  // Each entry's object is made once; its tb_next is the entry inside it now.
  for (let i = 0; i < chain.length; i++) {
    const t = tbObject(chain[i]);
    t.next = i + 1 < chain.length ? tbObject(chain[i + 1]) : null;
    if (t.next !== null) t.next.outer = t;
  }
  return tbObject(chain[0]);
}

function tbObject(entry: TracebackEntry): PyTraceback {
  let t = tbs.get(entry);
  if (t === undefined) tbs.set(entry, (t = new PyTraceback(entry)));
  return t;
}

/** `exc.__traceback__ = tb` and `with_traceback(tb)`: the exception's frames become tb's chain. */
export function setTraceback(e: PyExceptionObject, tb: PyValue): void {
  if (tb !== null && !(tb instanceof PyTraceback))
    throw pyError('TypeError', '__traceback__ must be a traceback or None');
  const entries: TracebackEntry[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) entries.push(t.entry);
  e.traceback = entries.reverse();
  // The chain has the library frames in place already.
  e.libraryFrames = null;
  e.caughtAt = null;
}

excTracebackSetter.set = setTraceback;

/** The entries of a traceback object's chain, outermost first (null: `tb` is not a traceback or None). */
export function tracebackEntriesOf(tb: PyValue): TracebackEntry[] | null {
  if (tb !== null && !(tb instanceof PyTraceback)) return null;
  const entries: TracebackEntry[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) entries.push(t.entry);
  return entries;
}

class PyTraceback extends PyObject {
  next: PyTraceback | null = null;
  /** The traceback object whose tb_next this one is (null: the outermost), for a library frame's f_back. */
  outer: PyTraceback | null = null;
  constructor(readonly entry: TracebackEntry) {
    super(tracebackClass);
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    const en = this.entry;
    switch (name) {
      case 'tb_next':
        return this.next;
      case 'tb_lineno':
        return BigInt(en.line);
      case 'tb_lasti':
        return BigInt(lasti(en.line));
      case 'tb_frame': {
        if (!en.frame) {
          if (en.file === undefined)
            throw pyError('NotImplementedError', 'tb_frame is not simulated for this traceback entry');
          return libraryFrameObject(en, this.outer);
        }
        const fr = en.frame as Frame;
        // A library statement shown as CPython's names CPython's file, and so does its frame's code.
        if (en.file !== undefined && !fr.code.user && fr.code.file === undefined)
          shownAs.set(fr.code, { file: en.file, name: en.name });
        const f = frameObject(fr, en.back as Frame | null | undefined);
        if (en.ownLine !== undefined) f.shown = { own: en.ownLine, line: en.line };
        return f;
      }
    }
    return undefined;
  }
}

const libraryFrames = new WeakMap<TracebackEntry, PyLibraryFrame>();

/**
 * The frame of a library function CPython runs in Python and Loopline natively (asyncio.run's
 * runners.py `run`), as its traceback entry knows it: file, function and line. Its caller is the
 * frame of the traceback entry outside it, which CPython's is too.
 */
function libraryFrameObject(en: TracebackEntry, outer: PyTraceback | null): PyLibraryFrame {
  let f = libraryFrames.get(en);
  if (f === undefined) libraryFrames.set(en, (f = new PyLibraryFrame(en, outer)));
  return f;
}

class PyLibraryFrame extends PyObject {
  constructor(
    readonly entry: TracebackEntry,
    readonly outer: PyTraceback | null,
  ) {
    super(frameClass);
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    const en = this.entry;
    switch (name) {
      case 'f_code':
        return libraryCodeObject(en);
      case 'f_lineno':
        return BigInt(en.leftAt ?? en.line);
      case 'f_lasti':
        return BigInt(lasti(en.leftAt ?? en.line));
      case 'f_back':
        return this.outer === null ? null : this.outer.getAttr(this.outer, 'tb_frame');
      case 'f_globals':
      case 'f_locals':
        throw pyError('NotImplementedError', `${name} of ${en.file}'s ${en.name} frame is not simulated`);
    }
    return undefined;
  }
}

defMethod(frameClass, '__repr__', (self) => {
  if (self instanceof PyLibraryFrame) {
    const en = self.entry;
    return `<frame at ${addressOf(self)}, file ${repr(en.file ?? '')}, line ${en.line}, code ${en.name}>`;
  }
  const f = self as PyFrame;
  const file = codeObject(f.frame.code).getAttr(f, 'co_filename') as string;
  return `<frame at ${addressOf(f)}, file ${repr(file)}, line ${f.line()}, code ${f.frame.code.name}>`;
});

const libraryCodes = new WeakMap<TracebackEntry, PyLibraryCode>();

function libraryCodeObject(en: TracebackEntry): PyLibraryCode {
  let c = libraryCodes.get(en);
  if (c === undefined) libraryCodes.set(en, (c = new PyLibraryCode(en)));
  return c;
}

/** The code object of a library frame Loopline runs natively: the names a traceback reads off it. */
class PyLibraryCode extends PyObject {
  constructor(readonly entry: TracebackEntry) {
    super(codeClass);
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    const en = this.entry;
    switch (name) {
      case 'co_name':
        return en.name;
      case 'co_filename':
        return en.file ?? '';
    }
    if (name.startsWith('co_'))
      throw pyError('NotImplementedError', `${name} of ${en.file}'s ${en.name} code is not simulated`);
    return undefined;
  }
}

const cellClass = builtinClass('cell');
const cells = new WeakMap<PyCell, PyCellObject>();

/** A closure cell as `function.__closure__` shows it (cell_contents reads the variable now). */
export class PyCellObject extends PyObject {
  constructor(readonly cell: PyCell) {
    super(cellClass);
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    if (name !== 'cell_contents') return undefined;
    if (this.cell.v === undefined) throw pyError('ValueError', 'Cell is empty');
    return this.cell.v;
  }
}

export function cellObject(cell: PyCell): PyCellObject {
  let c = cells.get(cell);
  if (c === undefined) cells.set(cell, (c = new PyCellObject(cell)));
  return c;
}

/** `function.__kwdefaults__`: a new dict of the keyword-only defaults. */
export function dictOf(m: ReadonlyMap<string, PyValue>): PyDict {
  return globalsDict(m);
}

/** `function.__globals__` and `frame.f_globals`: the module's namespace as globals() gives it (the same dict). */
export function globalsOf(globals: Map<string, PyValue>): PyDict {
  return liveDict(globals);
}

// `<code object f at 0x..., file "prog.py", line 3>`: the file name between double quotes as it is,
// without escaping, as CPython writes it.
defMethod(codeClass, '__repr__', (self) => {
  // PyCode, PyLibraryCode, or a recorded function's code (sim/asyncio-functions.ts).
  const code = self as PyObject & { getAttr(o: PyObject, name: string): PyValue | undefined };
  const name = code.getAttr(code, 'co_name') as string;
  const file = code.getAttr(code, 'co_filename') as string;
  const line = code instanceof PyLibraryCode ? code.entry.line : (code.getAttr(code, 'co_firstlineno') as bigint);
  return `<code object ${name} at ${addressOf(code)}, file "${file}", line ${line}>`;
});
