/**
 * `_re`, the native half of the `re` module (as _sre is CPython's): compiling a pattern, one match
 * or search, and parsing a replacement template. stdlib/py/re.py builds Pattern, Match and the
 * module's functions on top.
 */
import {
  PyExceptionObject,
  PyList,
  PyObject,
  PyTuple,
  objectClass,
  pyError,
  type PyClass,
  unbox,
  type PyValue,
} from '../../runtime/core';
import { defNative } from '../../runtime/native';
import { run } from '../../runtime/run';
import { parse } from './parse';
import { prefilter } from './prefilter';
import { widthOf } from './width';
import { FLAG } from './ast';
import { compileProgram } from './program';
import { compiledFor, compiledOf, runMatch, setupMatch, setupPattern, substr } from './objects';
import { ReError } from './tokens';
import { parseTemplate } from './template';
import { callerLine } from '../../interp/drops';
import type { Simulation } from '../../sim/runners';
import { addLibraryFrames, type LibraryFrame } from '../../interp/library-frames';
import { parserFrames } from './cpython-frames';

/** Python frames between the program's call and _re.compile here, and in CPython before its parser. */
const PY_FRAMES = 3;
const CPYTHON_FRAMES = 4;

/** A pattern error as the tuple re.py raises from: (exception name, message, position or None). */
const framesOf = new WeakMap<PyObject, LibraryFrame[]>();

function errorTuple(e: ReError): PyTuple {
  return new PyTuple([e.kind, e.msg, e.pos === null ? null : BigInt(e.pos)]);
}

const int = (v: PyValue): number => Number(v as bigint);

export function makeReNative(sim: Simulation): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) =>
    out.push([name, defNative(name, sig, fn, `_re.${name}`)]);

  // compile(pattern, flags) -> (handle, flags, groups, [(name, index)...]) or an error tuple.
  def('compile', '(pattern, flags, /)', ([boxed, flags]) => {
    const pattern = unbox(boxed);
    if (typeof pattern !== 'string') throw pyError('TypeError', `first argument must be string or compiled pattern`);
    try {
      // CPython's parser runs (Python frames) below re.compile, _compile, _compiler.compile and
      // _parser.parse; ours runs below re.py's function, _compile and Pattern._init.
      const maxFrames = run.limits.recursion - (run.depth - PY_FRAMES) - CPYTHON_FRAMES;
      const parsed = parse(pattern, int(flags), run.minor, maxFrames);
      const first = prefilter(parsed.body, (parsed.flags & FLAG.ASCII) !== 0, widthOf(parsed.body, [])[0]);
      const program = compileProgram(parsed.body, first);
      const handle = new PyObject(objectClass);
      const names = new Map([...parsed.groupindex].map(([k, v]) => [v, k]));
      compiledOf.set(handle, { program, groups: parsed.groups, groupindex: parsed.groupindex, names, matcher: null });
      const pairs = [...parsed.groupindex].map(([k, v]) => new PyTuple([k, BigInt(v)]));
      return new PyTuple([handle, BigInt(parsed.flags), BigInt(parsed.groups), new PyList(pairs)]);
    } catch (e) {
      if (e instanceof ReError) {
        // CPython's parser frames for the error, to put in its traceback (parser_frames).
        const frames = parserFrames(e.calls, e.site);
        let handle: PyObject | null = null;
        if (frames !== null) framesOf.set((handle = new PyObject(objectClass)), frames);
        return new PyTuple([null, errorTuple(e), handle]);
      }
      throw e;
    }
  });
  // parser_frames(exc, frames): the exception about to be raised shows CPython's parser frames.
  def('parser_frames', '(exc, frames, /)', ([exc, handle]) => {
    const frames = framesOf.get(handle as PyObject);
    if (frames !== undefined && exc instanceof PyExceptionObject) addLibraryFrames(exc, frames);
    return null;
  });

  // setup(Pattern, Match): the classes' native methods (objects.ts).
  def('setup', '(pattern, match, /)', ([pattern, match]) => {
    setupPattern(pattern as PyClass);
    setupMatch(match as PyClass);
    return null;
  });
  // run(pattern, string, pos, endpos, mode, must_advance, origin) -> a Match or None; the string is
  // a str and pos <= endpos are within it (re.py checked them); origin is the match's `pos`.
  def(
    'run',
    '(pattern, string, pos, endpos, mode, must_advance, origin, /)',
    ([pattern, boxed, pos, endpos, mode, adv, origin]) => {
      const mm = mode as 'match' | 'fullmatch' | 'search';
      const c = compiledFor(pattern);
      return runMatch(pattern, c, boxed, int(pos), int(endpos), mm, adv === true, int(origin));
    },
  );

  // substr(string, start, end): string[start:end] by code points, without copying the string to an array.
  def('substr', '(string, start, end, /)', ([string, start, end]) =>
    substr(unbox(string) as string, int(start), int(end)),
  );

  // template(repl, groups, [(name, index)...]) -> [literal, index, literal, ...] or an error tuple.
  def('template', '(repl, groups, names, /)', ([repl, groups, names]) => {
    const index = new Map<string, number>();
    for (const t of (names as PyList).items) {
      const [k, v] = (t as PyTuple).items;
      index.set(k as string, int(v));
    }
    try {
      const parts = parseTemplate(unbox(repl) as string, int(groups), index);
      return new PyList(parts.map((p) => (typeof p === 'number' ? BigInt(p) : p)));
    } catch (e) {
      if (e instanceof ReError) return errorTuple(e);
      throw e;
    }
  });
  // deprecated(text): a DeprecationWarning, shown once per line of the program (the default filter).
  const warnedAt = new Set<string>();
  def('deprecated', '(text, /)', ([text]) => {
    const line = callerLine();
    const key = `${line}:${text as string}`;
    if (!warnedAt.has(key)) {
      warnedAt.add(key);
      sim.rec.warning(`DeprecationWarning: ${text as string}`, sim.clock.now, line);
    }
    return null;
  });
  return out;
}
