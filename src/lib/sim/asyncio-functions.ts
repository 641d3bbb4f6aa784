/**
 * asyncio's functions that Loopline runs natively but CPython writes in Python (`sleep`, `gather`,
 * `run`, `create_task` ...): a program sees a `function` as CPython's, not a built-in. Its repr is
 * `<function sleep at 0x...>`, `inspect.iscoroutinefunction(asyncio.sleep)` is True, and
 * `inspect.signature`, `__defaults__`, `__kwdefaults__` and `__code__` (co_name, co_filename under
 * asyncio/, co_firstlineno, co_varnames, co_flags) give CPython's facts: the code facts per version
 * are data recorded from CPython by scripts/asyncio-function-code.py (function-code.json), the file
 * and first line those of callback-sources.json. Calling one runs the native as before.
 */
import {
  PyObject,
  PyTuple,
  PyDict,
  PyNativeFunction,
  functionClass,
  pyError,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { PyFunctionBase, setFunctionAttr } from '../runtime/callable';
import { setitem } from '../runtime/ops';
import { run } from '../runtime/run';
import { libraryDoc } from '../runtime/builtin-docs';
import { codeClass } from '../interp/frame-objects';
import { blocksAs } from '../interp/threaded';
import { asyncioModuleOf, asyncioSource } from './callback-source';
import recorded from './function-code.json';

/** What CPython's code object and function say of one function in one version. */
interface CodeFacts {
  argcount: number;
  posonly: number;
  kwonly: number;
  flags: number;
  varnames: string[];
  defaults: (string | number | boolean | null)[];
  kwdefaults: Record<string, string | number | boolean | null>;
}

const table = recorded as unknown as Record<string, Record<string, CodeFacts>>;

/** A default as the recording wrote it, as a Python value (JSON numbers are the ints they were). */
function fromJson(v: string | number | boolean | null): PyValue {
  return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v;
}

/** A native of the asyncio module shown as the Python function CPython has under its name. */
class AsyncioFunction extends PyFunctionBase {
  name: string;
  qualname: string;
  module: PyValue;
  private codeObj: RecordedCode | null = null;
  constructor(
    readonly native: PyNativeFunction,
    private readonly facts: CodeFacts,
    /** Where CPython defines it: `/usr/lib/python3.13/asyncio/tasks.py`. */
    readonly file: string,
    readonly line: number,
    module: string,
  ) {
    super(functionClass);
    this.name = native.name;
    this.qualname = native.qualname;
    this.module = module;
  }

  call(args: PyValue[], kw: KwArgs): PyValue {
    return this.native.fn(args, kw);
  }

  getAttr(_o: unknown, name: string): PyValue | undefined {
    const f = this.facts;
    switch (name) {
      case '__name__':
        return this.name;
      case '__qualname__':
        return this.qualname;
      case '__module__':
        return this.module;
      case '__defaults__':
        return f.defaults.length ? new PyTuple(f.defaults.map(fromJson)) : null;
      case '__kwdefaults__': {
        const entries = Object.entries(f.kwdefaults);
        if (entries.length === 0) return null;
        const d = new PyDict();
        for (const [k, v] of entries) setitem(d, k, fromJson(v));
        return d;
      }
      case '__code__':
        return (this.codeObj ??= new RecordedCode(this));
      case '__closure__':
        return null;
      case '__annotations__':
        return new PyDict();
      case '__type_params__':
        return run.minor >= 12 ? new PyTuple([]) : undefined;
      case '__doc__':
        // CPython's docstring is its own text, not ours to copy (runtime/builtin-docs.ts).
        return libraryDoc(`${String(this.module)}.${this.qualname}`);
      case '__globals__':
      case '__builtins__':
        throw pyError('NotSimulatedError', `${this.qualname}.${name} is not simulated in Loopline`);
    }
    return undefined;
  }

  setAttr(name: string, v: PyValue): boolean {
    return setFunctionAttr(this, name, v);
  }

  codeFacts(): CodeFacts {
    return this.facts;
  }
}

/** Such a function's `__code__`: the recorded facts, the name, file and first line of CPython's. */
class RecordedCode extends PyObject {
  constructor(readonly fn: AsyncioFunction) {
    super(codeClass);
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    const fn = this.fn;
    const f = fn.codeFacts();
    switch (name) {
      case 'co_name':
        return fn.native.name;
      case 'co_qualname':
        return fn.native.qualname;
      case 'co_filename':
        return fn.file;
      case 'co_firstlineno':
        return BigInt(fn.line);
      case 'co_argcount':
        return BigInt(f.argcount);
      case 'co_posonlyargcount':
        return BigInt(f.posonly);
      case 'co_kwonlyargcount':
        return BigInt(f.kwonly);
      case 'co_varnames':
        return new PyTuple(f.varnames.slice());
      case 'co_nlocals':
        return BigInt(f.varnames.length);
      case 'co_flags':
        return BigInt(f.flags);
    }
    if (name.startsWith('co_'))
      throw pyError('NotSimulatedError', `${name} of asyncio's ${fn.native.qualname} is not simulated in Loopline`);
    return undefined;
  }
}

/** What the recording says of one function in one version: its code's facts, where it is. */
export interface RecordedFunction {
  facts: CodeFacts;
  file: string;
  line: number;
  /** As interp/frame-objects.ts's showCodeAs takes it (one object for every run). */
  place: { file: string; line: number; varnames: string[]; flags: number };
}

/** recordedFunction's answers per version: each import asks for each of asyncio's functions. */
const recordedByVersion = new Map<number, Map<string, RecordedFunction | undefined>>();

/** The recorded facts of the asyncio function with this name in the simulated version, and where it is. */
export function recordedFunction(qualname: string): RecordedFunction | undefined {
  let known = recordedByVersion.get(run.minor);
  if (known === undefined) recordedByVersion.set(run.minor, (known = new Map()));
  if (known.has(qualname)) return known.get(qualname);
  const facts = table[qualname]?.[String(run.minor)];
  const m = / at (.*):(\d+)$/.exec(asyncioSource(qualname));
  const found =
    facts === undefined || m === null
      ? undefined
      : {
          facts,
          file: m[1],
          line: Number(m[2]),
          place: { file: m[1], line: Number(m[2]), varnames: facts.varnames, flags: facts.flags },
        };
  known.set(qualname, found);
  return found;
}

/**
 * The function a native of the asyncio module stands for: a Python function as CPython's when the
 * simulated version writes it in Python, else the native itself.
 */
export function asyncioFunction(native: PyNativeFunction): PyValue {
  const found = recordedFunction(native.qualname);
  const module = asyncioModuleOf(native.qualname);
  if (found === undefined || module === undefined) return native;
  const fn = new AsyncioFunction(native, found.facts, found.file, found.line, module);
  blocksAs(fn, native);
  return fn;
}
