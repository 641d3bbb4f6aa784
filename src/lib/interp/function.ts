/**
 * Python functions: argument binding with CPython's error messages, frames, and the call itself.
 */
import { suggestName } from '../runtime/suggest';
import { docstringFor } from './docstrings';
import { libraryDoc } from '../runtime/builtin-docs';
import {
  PyCell,
  PyTuple,
  PyDict,
  functionClass,
  pyError,
  type PyValue,
  type KwArgs,
  type PyClass,
} from '../runtime/core';
import { PyFunctionBase } from '../runtime/callable';
import { hashKey } from '../runtime/ops';
import { isCallable } from '../runtime/builtins';
import { annotateResult } from '../runtime/class-annotations';
import { Frame, RETURN, type Code, type ParamInfo } from './frame';
import { PyCoroutine, PyGenerator, PyAsyncGenerator, type PySuspendable } from './generator';
import { addTraceback } from './frame-error';
import { codeObject, cellObject, dictOf, globalsOf } from './frame-objects';
import { run } from '../runtime/run';
import { callText, keepCallTexts } from './call-text';
import { tick } from './state';
import { dropLocals, dropLocalsAtReturn, holdLocals } from './drops';

export type { ParamInfo };

export type SyncBody = (f: Frame) => number;
/** A source-tier body's JS function: the values its code refers to, and a frame, to its completion. */
export type EmittedBody = (k: unknown[], f: Frame) => number;
/** A source-tier body as the closure compiler's contract, with its JS function and values beside it (compile/source-tier.ts). */
export type SourceBody = SyncBody & { emitted: EmittedBody; values: unknown[] };
export type GenBody = (f: Frame) => Generator<PyValue, number, PyValue>;

export class PyFunction extends PyFunctionBase {
  name: string;
  qualname: string;
  /** The class whose body defined this function (zero-argument super()). */
  ownerClass: PyClass | null = null;
  /** `__module__` once assigned; until then the defining namespace's `__name__` (moduleName). */
  private moduleSet: PyValue | undefined = undefined;
  /** `__annotations__`, made on first use when the def had none. */
  annotations: PyDict | null = null;
  /** 3.14 (PEP 649): `__annotate__`, which makes `__annotations__` when it is first read (None: none). */
  annotate: PyValue = null;
  /** `__type_params__` (3.12): a generic def's type parameters, or what was assigned. */
  typeParams: PyValue | null = null;
  /**
   * How many positional arguments a plain function (not a generator or coroutine) binds one to
   * one, having no *args, keyword-only parameters or **kwargs: a call passing exactly that many
   * needs no binding. -1 for any other function.
   */
  readonly plainArity: number;
  /**
   * A source-tier body's JS function and values, called directly by runFrame (null for a
   * closure-compiled body): a call through the bound function `body` goes through V8's
   * bound-function trampoline, which copies the arguments once more on every call.
   */
  private readonly emitted: EmittedBody | null;
  private readonly values: unknown[] | null;
  constructor(
    public code: Code,
    public params: ParamInfo,
    /** Defaults for the last positional parameters. */
    public readonly defaults: readonly PyValue[],
    public readonly kwdefaults: ReadonlyMap<string, PyValue>,
    public readonly closure: readonly PyCell[],
    public globals: Map<string, PyValue>,
    public body: SyncBody | null,
    public genBody: GenBody | null,
  ) {
    super(functionClass);
    this.name = code.name;
    this.qualname = code.qualname;
    const plain = code.kind === 'function' && params.varargSlot < 0 && params.kwonly === 0 && params.kwargSlot < 0;
    this.plainArity = plain ? params.positional : -1;
    const src = body as Partial<SourceBody> | null;
    this.emitted = src?.emitted ?? null;
    this.values = src?.values ?? null;
  }

  getAttr(_o: unknown, name: string): PyValue | undefined {
    switch (name) {
      case '__name__':
        return this.name;
      case '__qualname__':
        return this.qualname;
      case '__module__':
        return this.module;
      case '__defaults__':
        return this.defaults.length ? new PyTuple(this.defaults.slice()) : null;
      case '__doc__':
        // A library function's docstring is CPython's, as far as the simulator can give it (builtin-docs.ts).
        if (this.code.user || typeof this.module !== 'string') return docstringFor(this.code.doc);
        return libraryDoc(`${this.module}.${this.qualname}`, docstringFor(this.code.doc));
      case '__code__':
        return codeObject(this.code);
      case '__closure__':
        return this.closure.length ? new PyTuple(this.closure.map(cellObject)) : null;
      case '__kwdefaults__':
        return this.kwdefaults.size ? dictOf(this.kwdefaults) : null;
      case '__globals__':
        return globalsOf(this.globals);
      case '__annotations__':
        if (this.annotations === null && this.annotate !== null) this.annotations = annotateResult(this.annotate);
        return (this.annotations ??= new PyDict());
      case '__annotate__':
        return run.minor >= 14 ? this.annotate : undefined;
      case '__type_params__':
        if (run.minor < 12) return undefined;
        return (this.typeParams ??= new PyTuple([]));
    }
    return undefined;
  }

  /** The module the function was defined in, as `__module__` gives it (None in a namespace without `__name__`). */
  get module(): PyValue {
    return this.moduleSet !== undefined ? this.moduleSet : (this.globals.get('__name__') ?? null);
  }

  setAttr(name: string, v: PyValue): boolean {
    if (name === '__module__') this.moduleSet = v;
    else if (name === '__name__' && typeof v === 'string') this.name = v;
    else if (name === '__qualname__' && typeof v === 'string') this.qualname = v;
    else if (name === '__annotations__') this.setAnnotations(v);
    else if (name === '__annotate__' && run.minor >= 14) {
      if (v !== null && !isCallable(v)) throw pyError('TypeError', '__annotate__ must be callable or None');
      this.annotate = v;
      // A new function to ask forgets the annotations the old one made (None keeps them).
      if (v !== null) this.annotations = null;
    } else if (name === '__type_params__' && run.minor >= 12) {
      if (!(v instanceof PyTuple)) throw pyError('TypeError', '__type_params__ must be set to a tuple');
      this.typeParams = v;
    } else this.dict!.set(name, v);
    return true;
  }

  /** `__annotations__ = v` (None or `del` forgets them): they no longer come from `__annotate__`. */
  private setAnnotations(v: PyValue): void {
    if (v !== null && !(v instanceof PyDict))
      throw pyError('TypeError', '__annotations__ must be set to a dict object');
    this.annotations = v;
    this.annotate = null;
  }

  /** `del fn.NAME` of the function's own getset attributes; false for any other name. */
  delAttr(name: string): boolean {
    if (name === '__annotations__') this.setAnnotations(null);
    else if (name === '__annotate__' && run.minor >= 14) throw pyError('TypeError', '__annotate__ cannot be deleted');
    else return false;
    return true;
  }

  call(args: PyValue[], kw: KwArgs): PyValue {
    const frame = this.makeFrame(args, kw);
    const code = this.code;
    if (code.kind !== 'function') {
      const s = this.makeSuspendable(frame);
      if (code.user && run.get(keepCallTexts)) s.call = this.callRecord(args, kw);
      return s;
    }
    return this.runFrame(frame);
  }

  /**
   * A call whose argument array was made for it alone (the source tier's calls): when the
   * arguments bind one to one, the array itself becomes the frame's locals; else as call().
   */
  override callOwned(args: PyValue[]): PyValue {
    const k = args.length;
    if (k !== this.plainArity) return this.call(args, null);
    const n = this.code.nlocals;
    if (k === n) return this.runFrame(this.newFrame(args));
    // More locals than parameters: a new array of the frame's size (growing the arguments' array
    // would give it a backing store of n + 16 slots).
    const locals: (PyValue | PyCell | undefined)[] = new Array(n);
    for (let i = 0; i < k; i++) locals[i] = args[i];
    return this.runFrame(this.newFrame(locals));
  }

  /**
   * A method call, `self` first: a plain function taking exactly these positional arguments gets
   * its frame filled directly (no array with `self` prepended); anything else binds as call() does.
   */
  callWithSelf(self: PyValue, args: PyValue[], kw: KwArgs): PyValue {
    if (kw === null && args.length + 1 === this.plainArity) {
      const locals: (PyValue | PyCell | undefined)[] = new Array(this.code.nlocals);
      locals[0] = self;
      for (let i = 0; i < args.length; i++) locals[i + 1] = args[i];
      return this.runFrame(this.newFrame(locals));
    }
    return this.call([self, ...args], kw);
  }

  /**
   * Run a plain function's body in its new frame. Entering and leaving are helpers of their own, so
   * that this frame, one per Python call on the JS stack, holds few registers (a recursion reaches
   * deeper on the app's small worker stack).
   */
  private runFrame(frame: Frame): PyValue {
    enterFrame(this.code, frame);
    let held = false;
    try {
      const js = this.emitted;
      return (js !== null ? js(this.values!, frame) : this.body!(frame)) === RETURN ? frame.retval : null;
    } catch (e) {
      held = holdLocals(e, frame);
      throw addTraceback(e, frame);
    } finally {
      leaveFrame(this, frame, held);
    }
  }

  /** The call as passed, for showing it (call-text.ts); a method's `self` or `cls` is left out. */
  private callRecord(args: PyValue[], kw: KwArgs): string {
    const first = this.params.names[0];
    const method = this.ownerClass !== null && (first === 'self' || first === 'cls') && args.length > 0;
    return callText(this.qualname, method ? args.slice(1) : args, kw);
  }

  makeSuspendable(frame: Frame): PySuspendable {
    const code = this.code;
    // The body itself is the suspendable's generator, made when it is first resumed (generator.ts begin()).
    const s =
      code.kind === 'coroutine'
        ? new PyCoroutine(frame, null, this.name, this.qualname)
        : code.kind === 'generator'
          ? new PyGenerator(frame, null, this.name, this.qualname)
          : new PyAsyncGenerator(frame, null, this.name, this.qualname);
    // A generator made in a simulated thread runs its threaded body: where it blocks (time.sleep,
    // a queue's get), the thread consuming it can suspend (interp/threaded.ts threadedNext).
    s.body = code.kind === 'generator' && run.inOtherThread && code.threaded ? code.threaded() : this.genBody;
    return s;
  }

  makeFrame(args: PyValue[], kw: KwArgs): Frame {
    const code = this.code;
    const locals: (PyValue | PyCell | undefined)[] = new Array(code.nlocals);
    const p = this.params;
    if (kw === null && args.length === p.positional && p.varargSlot < 0 && p.kwonly === 0 && p.kwargSlot < 0) {
      for (let i = 0; i < args.length; i++) locals[i] = args[i];
    } else this.bind(args, kw, locals);
    return this.newFrame(locals);
  }

  /** The frame for bound locals (captured ones wrapped in cells). */
  private newFrame(locals: (PyValue | PyCell | undefined)[]): Frame {
    const code = this.code;
    const cells = code.cellSlots;
    for (let i = 0; i < cells.length; i++) locals[cells[i]] = new PyCell(locals[cells[i]] as PyValue | undefined);
    // In a simulated process the program's functions see that process's copy of the namespace.
    const g = this.globals === run.forkedFrom ? (run.forkedTo as Map<string, PyValue>) : this.globals;
    const f = new Frame(code, locals, this.closure, g);
    if (code.classCell === true) f.ownerClass = this.ownerClass;
    return f;
  }

  private bind(args: PyValue[], kw: KwArgs, locals: (PyValue | PyCell | undefined)[]): void {
    const p = this.params;
    const fname = this.qualname + '()';
    const npos = Math.min(args.length, p.positional);
    for (let i = 0; i < npos; i++) locals[i] = args[i];
    if (args.length > p.positional) {
      if (p.varargSlot < 0) {
        const nd = this.defaults.length;
        const takes =
          nd > 0
            ? `from ${p.positional - nd} to ${p.positional} positional arguments`
            : `${p.positional} positional argument${p.positional === 1 ? '' : 's'}`;
        const kwGiven = kw ? [...kw.keys()].filter((k) => p.names.indexOf(k) >= p.posonly).length : 0;
        const given = kwGiven
          ? `${args.length} positional argument${args.length === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
          : `${args.length} ${args.length === 1 ? 'was' : 'were'} given`;
        throw pyError('TypeError', `${fname} takes ${takes} but ${given}`);
      }
      locals[p.varargSlot] = new PyTuple(args.slice(p.positional));
    } else if (p.varargSlot >= 0) locals[p.varargSlot] = new PyTuple([]);
    let extra: PyDict | null = null;
    if (p.kwargSlot >= 0) {
      extra = new PyDict();
      locals[p.kwargSlot] = extra;
    }
    if (kw) {
      for (const [k, v] of kw) {
        const i = p.names.indexOf(k);
        if (i >= p.posonly && i >= 0) {
          if (locals[i] !== undefined) throw pyError('TypeError', `${fname} got multiple values for argument '${k}'`);
          locals[i] = v;
        } else if (extra) {
          extra.map.set(hashKey(k), { key: k, value: v });
        } else if (i >= 0) {
          throw pyError('TypeError', `${fname} got some positional-only arguments passed as keyword arguments: '${k}'`);
        } else {
          // 3.13 suggests the nearest parameter that can be passed by keyword.
          const near = run.minor >= 13 ? suggestName(p.names.slice(p.posonly, p.positional + p.kwonly), k) : null;
          const hint = near === null ? '' : `. Did you mean '${near}'?`;
          throw pyError('TypeError', `${fname} got an unexpected keyword argument '${k}'${hint}`);
        }
      }
    }
    // Defaults and missing arguments.
    const firstDefault = p.positional - this.defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < p.positional; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = this.defaults[i - firstDefault];
      else missing.push(p.names[i]);
    }
    if (missing.length)
      throw pyError(
        'TypeError',
        `${fname} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`,
      );
    const missingKw: string[] = [];
    for (let i = p.positional; i < p.positional + p.kwonly; i++) {
      if (locals[i] !== undefined) continue;
      const d = this.kwdefaults.get(p.names[i]);
      if (d !== undefined) locals[i] = d;
      else missingKw.push(p.names[i]);
    }
    if (missingKw.length)
      throw pyError(
        'TypeError',
        `${fname} missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? '' : 's'}: ${listNames(missingKw)}`,
      );
  }
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/** A call's frame going on the stack: past the recursion limit it is refused, as CPython's RecursionError. */
function enterFrame(code: Code, frame: Frame): void {
  if (++run.depth > run.limits.recursion) {
    run.depth--;
    throw pyError('RecursionError', 'maximum recursion depth exceeded');
  }
  // Calls count towards the runaway guard too, so no program can run unboundedly long.
  tick(code.firstLine);
  if (!code.user) run.libraryRuns++;
  run.frames.push(frame);
}

/** A call's frame leaving the stack; `held`: an exception keeps its locals alive (drops.ts). */
function leaveFrame(fn: PyFunction, frame: Frame, held: boolean): void {
  run.depth--;
  run.frames.pop();
  // Once objects' deaths show, what only the frame held dies before the caller goes on.
  if (fn.code.user && !held) {
    if (run.lifetimesSeen) dropLocalsAtReturn(frame, frame.retval, fn.params.names.length);
    else dropLocals(frame);
  }
}
