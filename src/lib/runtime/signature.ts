/**
 * Signatures of native callables, declared once in Python's own notation and parsed once into a
 * binder (what CPython's Argument Clinic does for its C functions):
 *
 *   '(obj, /)'                                  a C function (builtins, list.append, math.floor, ...)
 *   '(iterable, /, start=0)'                    C, with keyword arguments
 *   '(object, name[, default], /)'              C, an optional group: absent arguments are `undefined`
 *   'PyArg_ParseTuple(format[, t], /)'          a C function parsed by the older PyArg_ParseTuple
 *   'PyArg_CheckPositional(sequence, /)'        a C callable checking its count by hand (constructors, sorted):
 *                                               `reversed expected 1 argument, got 0`, never METH_O's text;
 *                                               keywords, if it takes any, go through the clinic parser
 *   'METH_METHOD(fn, /, *, context=None)'       a C method given its defining class (always the keyword parser)
 *   'wrapper(value, /)'                         a slot wrapper (`[].__add__`, `''.__getitem__`): nameless texts
 *   'def (main, *, debug=None, loop_factory=None)'  a function written in Python (asyncio, random)
 *
 * Defaults are Python literals (None, True, False, numbers, strings). `bind` returns the argument
 * values in declared order, `*args` as a tuple; it raises the TypeError text CPython raises for that
 * kind of callable, and returns the caller's own array (no allocation) when nothing needs filling in.
 */
import { pyError, PyTuple, emptyTuple, type PyExc, type KwArgs, type PyValue } from './core';

/** Which family of CPython's argument errors a callable raises. */
export type Flavor = 'python' | 'clinic' | 'positional' | 'method' | 'wrapper' | 'parsetuple';

const NO_DEFAULT = Symbol('required');
type Default = PyValue | undefined | typeof NO_DEFAULT;

export class Signature {
  /** Parameter names in declared order (`*args` included, `self` of a Python method not). */
  readonly names: string[] = [];
  readonly defaults: Default[] = [];
  /** Parameters that can be given by position (before `*` or `*args`). */
  maxPos = 0;
  /** Leading parameters that must be given (by position or, unless positional-only, by name). */
  minPos = 0;
  posOnly = 0;
  /** Slot of `*args`, or -1. */
  varargs = -1;
  /** A Python method's `self` (counted in CPython's messages, bound by the caller). */
  selfCount = 0;
  /** Fewest positional arguments for which `bind` can hand back the caller's array (to maxPos, no keywords). */
  fastMin = 0;
  /**
   * Fewest positional arguments (without keywords) that always bind, each later slot taking its
   * default: `bind` fills them in without the checks that find an error (sleep(1), get(k)).
   */
  private fillMin = Infinity;
  private hasRequiredKwOnly = false;

  constructor(
    /** `split` in `split() takes at most 2 arguments`. */
    readonly name: string,
    /** `list.append` in `list.append() takes exactly one argument`, `Random.shuffle` for Python methods. */
    readonly qualname: string,
    readonly flavor: Flavor,
    text: string,
  ) {
    this.parse(text);
  }

  private parse(text: string): void {
    const body = text.trim();
    if (!body.startsWith('(') || !body.endsWith(')')) throw new Error(`bad signature for ${this.name}: ${text}`);
    let optional = false;
    let kwOnly = false;
    let sawDefault = false;
    for (let part of splitParams(body.slice(1, -1))) {
      while (part.startsWith('[')) {
        optional = true;
        part = part.slice(1).trim();
      }
      part = part.replace(/]+$/, '').trim();
      if (part === '') continue;
      if (part === '/') {
        this.posOnly = this.names.length;
        continue;
      }
      if (part === '*') {
        kwOnly = true;
        this.maxPos = this.names.length;
        continue;
      }
      if (part.startsWith('**')) throw new Error(`${this.name}: **kwargs is not supported by the binder`);
      if (part.startsWith('*')) {
        this.varargs = this.names.length;
        this.maxPos = this.names.length;
        this.names.push(part.slice(1));
        this.defaults.push(emptyTuple);
        kwOnly = true;
        continue;
      }
      const eqAt = part.indexOf('=');
      const name = (eqAt < 0 ? part : part.slice(0, eqAt)).trim();
      if (this.flavor === 'python' && this.names.length === 0 && this.selfCount === 0 && name === 'self') {
        this.selfCount = 1;
        continue;
      }
      let dflt: Default = NO_DEFAULT;
      if (eqAt >= 0) dflt = literal(part.slice(eqAt + 1).trim(), text);
      else if (optional) dflt = undefined;
      if (dflt !== NO_DEFAULT) sawDefault = true;
      else if (sawDefault && !kwOnly)
        throw new Error(`${this.name}: required parameter '${name}' after an optional one`);
      if (!kwOnly && dflt === NO_DEFAULT) this.minPos = this.names.length + 1;
      if (kwOnly && dflt === NO_DEFAULT) this.hasRequiredKwOnly = true;
      this.names.push(name);
      this.defaults.push(dflt);
    }
    if (!kwOnly) this.maxPos = this.names.length;
    // The caller's array is returned as is when every slot from the last argument on defaults to undefined.
    let fastMin = this.names.length;
    while (fastMin > 0 && this.defaults[fastMin - 1] === undefined) fastMin--;
    this.fastMin = this.varargs >= 0 || this.hasRequiredKwOnly ? Infinity : Math.max(fastMin, this.minPos);
    // Every slot from minPos on has a default (a required one after an optional one is refused above);
    // a slot wrapper's binder only reports errors.
    this.fillMin = this.varargs >= 0 || this.hasRequiredKwOnly || this.flavor === 'wrapper' ? Infinity : this.minPos;
  }

  /** Bind one call's arguments, or raise CPython's TypeError for it. */
  bind(args: PyValue[], kw: KwArgs): PyValue[] {
    const n = args.length;
    const noKw = kw === null || kw.size === 0;
    if (noKw && n <= this.maxPos) {
      if (n >= this.fastMin) return args;
      if (n >= this.fillMin) return this.fill(args, null);
    }
    return this.bindSlow(args, noKw ? null : kw);
  }

  private bindSlow(args: PyValue[], kw: KwArgs): PyValue[] {
    const n = args.length;
    const nkw = kw === null ? 0 : kw.size;
    if (this.flavor === 'python') return this.bindPython(args, kw);
    if (this.flavor === 'wrapper') return this.bindWrapper(args, kw);
    if (this.flavor === 'method' && this.isNoArgs()) throw pyError('TypeError', `${this.name}() takes no arguments`);
    const shortcuts = this.flavor === 'clinic' || this.flavor === 'parsetuple';
    if (shortcuts && this.isNoArgs()) {
      if (nkw > 0) throw pyError('TypeError', `${this.qualname}() takes no keyword arguments`);
      throw pyError('TypeError', `${this.qualname}() takes no arguments (${n} given)`);
    }
    if (shortcuts && this.isOneArg()) {
      if (nkw > 0) throw pyError('TypeError', `${this.qualname}() takes no keyword arguments`);
      throw pyError('TypeError', `${this.qualname}() takes exactly one argument (${n} given)`);
    }
    if (this.flavor === 'parsetuple') return this.bindParseTuple(args, kw);
    if (this.flavor !== 'method' && this.posOnly === this.names.length && this.varargs < 0)
      return this.bindPositional(args, kw);
    // A constructor taking keywords (int(x, base=10)) still counts bare positional calls by hand.
    if (this.flavor === 'positional' && kw === null && this.varargs < 0) return this.bindPositional(args, kw);
    return this.bindClinic(args, kw);
  }

  /** METH_NOARGS. */
  private isNoArgs(): boolean {
    return this.names.length === 0;
  }

  /** METH_O: a single required positional-only argument. */
  private isOneArg(): boolean {
    return this.names.length === 1 && this.posOnly === 1 && this.minPos === 1;
  }

  /** `_PyArg_CheckPositional` (https://github.com/python/cpython/blob/3.13/Python/getargs.c). */
  private bindPositional(args: PyValue[], kw: KwArgs): PyValue[] {
    const n = args.length;
    if (kw !== null) throw pyError('TypeError', `${this.qualname}() takes no keyword arguments`);
    const min = this.minPos;
    const max = this.maxPos;
    if (n < min || n > max) {
      if (min === max) throw pyError('TypeError', `${this.name} expected ${min} argument${plural(min)}, got ${n}`);
      if (n < min) throw pyError('TypeError', `${this.name} expected at least ${min} argument${plural(min)}, got ${n}`);
      throw pyError('TypeError', `${this.name} expected at most ${max} argument${plural(max)}, got ${n}`);
    }
    return this.fill(args, null);
  }

  /**
   * Objects/typeobject.c's slot wrappers: `check_num_args` texts; __setitem__'s wrapper unpacks with an
   * empty function name, hence CPython's leading space in ` expected 2 arguments, got 1`.
   */
  private bindWrapper(args: PyValue[], kw: KwArgs): PyValue[] {
    if (kw !== null) throw pyError('TypeError', `wrapper ${this.name}() takes no keyword arguments`);
    const k = this.names.length;
    const lead = k >= 2 ? ' ' : '';
    throw pyError('TypeError', `${lead}expected ${k} argument${plural(k)}, got ${args.length}`);
  }

  /** `vgetargs1_impl`'s count check in Python/getargs.c (PyArg_ParseTuple). */
  private bindParseTuple(args: PyValue[], kw: KwArgs): PyValue[] {
    const n = args.length;
    if (kw !== null) throw pyError('TypeError', `${this.name}() takes no keyword arguments`);
    const min = this.minPos;
    const max = this.maxPos;
    if (n < min || n > max) {
      const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
      const k = n < min ? min : max;
      throw pyError('TypeError', `${this.name}() takes ${how} ${k} argument${plural(k)} (${n} given)`);
    }
    return this.fill(args, null);
  }

  /** `_PyArg_UnpackKeywords` in Python/getargs.c, the parser Argument Clinic generates calls to. */
  private bindClinic(args: PyValue[], kw: KwArgs): PyValue[] {
    const n = args.length;
    const nkw = kw === null ? 0 : kw.size;
    const fname = this.name;
    const maxArgs = this.varargs >= 0 ? Infinity : this.names.length;
    // A C function without METH_KEYWORDS (only positional-only parameters and *args).
    if (nkw > 0 && !this.names.some((_, i) => i >= this.posOnly && i !== this.varargs))
      throw pyError('TypeError', `${this.qualname}() takes no keyword arguments`);
    if (n + nkw > maxArgs) {
      throw pyError(
        'TypeError',
        `${fname}() takes at most ${maxArgs} ${n === 0 ? 'keyword ' : ''}argument${plural(maxArgs)} (${n + nkw} given)`,
      );
    }
    if (n > this.maxPos && this.varargs < 0) {
      if (this.maxPos === 0) throw pyError('TypeError', `${fname}() takes no positional arguments`);
      const how = this.minPos < this.maxPos ? 'at most' : 'exactly';
      throw pyError(
        'TypeError',
        `${fname}() takes ${how} ${this.maxPos} positional argument${plural(this.maxPos)} (${n} given)`,
      );
    }
    const minPosOnly = Math.min(this.posOnly, this.minPos);
    if (n < minPosOnly) {
      const how = this.varargs >= 0 || minPosOnly < this.maxPos ? 'at least' : 'exactly';
      throw pyError(
        'TypeError',
        `${fname}() takes ${how} ${minPosOnly} positional argument${plural(minPosOnly)} (${n} given)`,
      );
    }
    const out = this.fill(args, kw);
    for (let i = 0; i < out.length; i++) {
      if (out[i] === (NO_DEFAULT as unknown))
        throw pyError('TypeError', `${fname}() missing required argument '${this.names[i]}' (pos ${i + 1})`);
    }
    const problem = this.kwProblem(n, kw);
    if (problem !== null) throw problem;
    return out;
  }

  /** `initialize_locals` in Python/ceval.c: the messages of functions written in Python. */
  private bindPython(args: PyValue[], kw: KwArgs): PyValue[] {
    const q = this.qualname;
    const n = args.length;
    const out = this.fill(args, null);
    if (kw !== null) {
      let posOnlyNames: string[] | null = null;
      for (const [k, v] of kw) {
        const i = this.names.indexOf(k);
        if (i < 0 || i === this.varargs || i < this.posOnly) {
          if (i >= 0 && i < this.posOnly) (posOnlyNames ??= []).push(k);
          else throw pyError('TypeError', `${q}() got an unexpected keyword argument '${k}'`);
          continue;
        }
        if (i < n && i < this.maxPos) throw pyError('TypeError', `${q}() got multiple values for argument '${k}'`);
        out[i] = v;
      }
      if (posOnlyNames !== null) {
        throw pyError(
          'TypeError',
          `${q}() got some positional-only arguments passed as keyword arguments: '${posOnlyNames.join(', ')}'`,
        );
      }
    }
    if (n > this.maxPos && this.varargs < 0) {
      const self = this.selfCount;
      const lo = this.minPos + self;
      const hi = this.maxPos + self;
      const takes = lo === hi ? `${hi} positional argument${plural(hi)}` : `from ${lo} to ${hi} positional arguments`;
      let kwOnlyGiven = 0;
      for (let i = this.maxPos; i < out.length; i++) if (kw !== null && kw.has(this.names[i])) kwOnlyGiven++;
      const given = n + self;
      const was = kwOnlyGiven
        ? `${given} positional argument${plural(given)} (and ${kwOnlyGiven} keyword-only argument${plural(kwOnlyGiven)}) were`
        : `${given} ${given === 1 ? 'was' : 'were'}`;
      throw pyError('TypeError', `${q}() takes ${takes} but ${was} given`);
    }
    const missing = (from: number, to: number, kind: string) => {
      const names: string[] = [];
      for (let i = from; i < to; i++) if (out[i] === (NO_DEFAULT as unknown)) names.push(`'${this.names[i]}'`);
      if (names.length === 0) return;
      const list =
        names.length === 1
          ? names[0]
          : names.length === 2
            ? `${names[0]} and ${names[1]}`
            : `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
      throw pyError(
        'TypeError',
        `${q}() missing ${names.length} required ${kind} argument${plural(names.length)}: ${list}`,
      );
    };
    missing(0, this.maxPos, 'positional');
    missing(this.maxPos, out.length, 'keyword-only');
    return out;
  }

  /**
   * Positional arguments into their slots, `*args` as a tuple, keywords that name a free slot, then
   * defaults. Missing required slots hold NO_DEFAULT; `kwProblem` reports the keywords left over.
   */
  private fill(args: PyValue[], kw: KwArgs): PyValue[] {
    const n = args.length;
    const names = this.names;
    const out: PyValue[] = new Array(names.length);
    const npos = Math.min(n, this.maxPos);
    for (let i = 0; i < npos; i++) out[i] = args[i];
    if (this.varargs >= 0) out[this.varargs] = n > this.maxPos ? new PyTuple(args.slice(this.maxPos)) : emptyTuple;
    for (let i = npos; i < names.length; i++) {
      if (i === this.varargs) continue;
      const v = kw !== null && i >= this.posOnly ? kw.get(names[i]) : undefined;
      out[i] = v !== undefined ? v : (this.defaults[i] as PyValue);
    }
    return out;
  }

  /** A C parser's error for keywords that name no free slot (a clash with a position first). */
  private kwProblem(n: number, kw: KwArgs): PyExc | null {
    if (kw === null) return null;
    const npos = Math.min(n, this.maxPos);
    for (let i = this.posOnly; i < npos; i++) {
      if (kw.has(this.names[i]))
        return pyError(
          'TypeError',
          `argument for ${this.name}() given by name ('${this.names[i]}') and position (${i + 1})`,
        );
    }
    for (const k of kw.keys()) {
      const i = this.names.indexOf(k);
      if (i < 0 || i < this.posOnly || i === this.varargs)
        return pyError('TypeError', `${this.name}() got an unexpected keyword argument '${k}'`);
    }
    return null;
  }
}

/** The plural ending of CPython's messages: `1 argument`, `2 arguments`. */
function plural(k: number): string {
  return k === 1 ? '' : 's';
}

/** Parse a signature text (see the file comment) for a callable named `name`. */
export function signature(name: string, text: string, qualname = name): Signature {
  const t = text.trim();
  if (t.startsWith('def ')) return new Signature(name, qualname, 'python', t.slice(4));
  if (t.startsWith('wrapper')) return new Signature(name, qualname, 'wrapper', t.slice('wrapper'.length));
  if (t.startsWith('METH_METHOD')) return new Signature(name, qualname, 'method', t.slice('METH_METHOD'.length));
  if (t.startsWith('PyArg_CheckPositional'))
    return new Signature(name, qualname, 'positional', t.slice('PyArg_CheckPositional'.length));
  if (t.startsWith('PyArg_ParseTuple'))
    return new Signature(name, qualname, 'parsetuple', t.slice('PyArg_ParseTuple'.length));
  return new Signature(name, qualname, 'clinic', t);
}

/** Split a parameter list on top-level commas (defaults may be strings holding commas). */
function splitParams(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (const c of s) {
    if (quote) {
      cur += c;
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur.trim());
      cur = '';
    } else if (c === '[' && cur.trim() !== '') {
      // `name[, default]`: the bracket opens the group of the parameters that follow.
      out.push(cur.trim());
      cur = '[';
    } else cur += c;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

function literal(src: string, text: string): PyValue {
  if (src === 'None') return null;
  if (src === 'True') return true;
  if (src === 'False') return false;
  if (/^-?\d+$/.test(src)) return BigInt(src);
  if (/^-?(\d+\.\d*|\.\d+|\d+e-?\d+)$/.test(src)) return Number(src);
  if (/^'[^']*'$|^"[^"]*"$/.test(src)) return src.slice(1, -1).replace(/\\n/g, '\n');
  throw new Error(`unsupported default ${src} in signature ${text}`);
}
