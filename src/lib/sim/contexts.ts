/**
 * Context variables (Lib/contextvars, Python/context.c) and the one current context of a run.
 * A context's mapping is never changed in place: ContextVar.set gives the current context a new
 * map, so a copy (copy_context, each new Task, each scheduled callback) shares the old one safely.
 * A Context becomes a Python object only when the program asks for one, so a program that never
 * uses context variables allocates nothing for them.
 */
import {
  PyExc,
  PyObject,
  PyList,
  PyTuple,
  addressOf,
  builtinClass,
  defMethod,
  getExcClass,
  PyExceptionObject,
  pyError,
  type PyValue,
  markCType,
} from '../runtime/core';
import { defNativeMethod } from '../runtime/native';
import { call, getattrOpt, repr } from '../runtime/ops';
import { run, RunSlot } from '../runtime/run';

export const contextClass = builtinClass('Context');
export const contextVarClass = builtinClass('ContextVar');
export const tokenClass = builtinClass('Token');
for (const c of [contextClass, contextVarClass, tokenClass]) {
  c.module = '_contextvars';
  markCType(c);
}
// The mapping protocol (in, len, iter, []) through its methods, as for a class written in Python.
contextClass.isBuiltin = false;

/** One context: its variables' values, and whether a run() is inside it now. */
export class Ctx {
  entered = false;
  py: PyContext | null = null;
  constructor(public vars: Map<PyContextVar, PyValue> = new Map()) {}
  copy(): Ctx {
    return new Ctx(this.vars);
  }
  /** The Python object for it, made on first request. */
  object(): PyContext {
    return (this.py ??= new PyContext(this));
  }
}

export class PyContext extends PyObject {
  constructor(public ctx: Ctx) {
    super(contextClass);
  }
}

export class PyContextVar extends PyObject {
  constructor(
    public name: string,
    /** undefined: no default. */
    public dflt: PyValue | undefined,
  ) {
    super(contextVarClass);
  }
  getAttr(_o: unknown, name: string): PyValue | undefined {
    return name === 'name' ? this.name : undefined;
  }
}

class PyToken extends PyObject {
  used = false;
  constructor(
    public ctx: Ctx,
    public v: PyContextVar,
    /** undefined: the variable had no value (Token.MISSING). */
    public old: PyValue | undefined,
  ) {
    super(tokenClass);
  }
  getAttr(_o: unknown, name: string): PyValue | undefined {
    if (name === 'var') return this.v;
    if (name === 'old_value') return this.old === undefined ? tokenMissing : this.old;
    return undefined;
  }
}

const state = new RunSlot<{ current: Ctx }>('current context', () => ({ current: new Ctx() }));

/** The context Python code runs in now. */
function currentContext(): Ctx {
  return run.get(state).current;
}

/** contextvars.copy_context(), without making a Python object. */
export function copyContext(): Ctx {
  return currentContext().copy();
}

/**
 * Enters `ctx` as runInContext does, for a caller that runs its own code inside (a task's step,
 * without a closure per step); returns the context to give back to leaveContext.
 */
export function enterContext(ctx: Ctx): Ctx {
  if (ctx.entered) throw pyError('RuntimeError', `cannot enter context: ${repr(ctx.object())} is already entered`);
  const s = run.get(state);
  const prev = s.current;
  s.current = ctx;
  ctx.entered = true;
  return prev;
}

/** Makes `ctx` the current context without entering it (a thread switch: each thread has its own); returns the one before. */
export function swapContext(ctx: Ctx): Ctx {
  const s = run.get(state);
  const prev = s.current;
  s.current = ctx;
  return prev;
}

/** Leaves `ctx`, entered by enterContext, for `prev`. */
export function leaveContext(ctx: Ctx, prev: Ctx): void {
  ctx.entered = false;
  run.get(state).current = prev;
}

/** Runs `fn` in `ctx` (a task's step, a callback): Context.run's entering rule. */
export function runInContext<T>(ctx: Ctx, fn: () => T): T {
  if (ctx.entered) throw pyError('RuntimeError', `cannot enter context: ${repr(ctx.object())} is already entered`);
  const s = run.get(state);
  const prev = s.current;
  s.current = ctx;
  ctx.entered = true;
  try {
    return fn();
  } finally {
    ctx.entered = false;
    s.current = prev;
  }
}

/** A `context=` argument: None is the current context's copy. */
export function contextArg(v: PyValue): Ctx {
  if (v === null || v === undefined) return copyContext();
  if (v instanceof PyContext) return v.ctx;
  throw pyError('TypeError', `an instance of Context was expected, got ${repr(v)}`);
}

// ------------------------------------------------------------------ Context

/** An exception whose one argument is an object (KeyError(var), LookupError(var)). */
function excWith(name: string, arg: PyValue): PyExc {
  const e = new PyExceptionObject(getExcClass(name));
  e.args = [arg];
  return new PyExc(e);
}

const ctxOf = (self: PyValue) => (self as PyContext).ctx;
const varKey = (key: PyValue): PyContextVar => {
  if (key instanceof PyContextVar) return key;
  throw pyError('TypeError', `a ContextVar key was expected, got ${repr(key)}`);
};

contextClass.slots.call = (_c, args, kw) => {
  if (args.length || (kw && kw.size)) throw pyError('TypeError', 'Context() does not accept any arguments');
  return new Ctx().object();
};
defMethod(contextClass, 'run', (self, args, kw) => {
  if (args.length === 0) throw pyError('TypeError', 'run() missing 1 required positional argument');
  return runInContext(ctxOf(self), () => call(args[0], args.slice(1), kw));
});
defNativeMethod(contextClass, 'copy', '()', (self) => ctxOf(self).copy().object());
defNativeMethod(contextClass, '__getitem__', '(key, /)', (self, [key]) => {
  const v = ctxOf(self).vars.get(varKey(key));
  if (v === undefined) throw excWith('KeyError', key);
  return v;
});
defNativeMethod(contextClass, 'get', '(key, default=None, /)', (self, [key, dflt]) => {
  const v = ctxOf(self).vars.get(varKey(key));
  return v === undefined ? dflt : v;
});
defNativeMethod(contextClass, '__contains__', '(key, /)', (self, [key]) => ctxOf(self).vars.has(varKey(key)));
defNativeMethod(contextClass, '__len__', '()', (self) => BigInt(ctxOf(self).vars.size));
defNativeMethod(contextClass, '__iter__', '()', (self) =>
  call(getattrOpt(new PyList([...ctxOf(self).vars.keys()]), '__iter__')!, [], null),
);
defNativeMethod(contextClass, 'keys', '()', (self) => new PyList([...ctxOf(self).vars.keys()]));
defNativeMethod(contextClass, 'values', '()', (self) => new PyList([...ctxOf(self).vars.values()]));
defNativeMethod(
  contextClass,
  'items',
  '()',
  (self) => new PyList([...ctxOf(self).vars].map(([k, v]) => new PyTuple([k, v]))),
);
defNativeMethod(
  contextClass,
  '__repr__',
  '()',
  (self) => `<_contextvars.Context object at ${addressOf(self as PyObject)}>`,
);

// ------------------------------------------------------------------ ContextVar

contextVarClass.slots.call = (_c, args, kw) => {
  const name = args[0] ?? kw?.get('name');
  if (typeof name !== 'string') throw pyError('TypeError', 'context variable name must be a str');
  const extra = [...(kw?.keys() ?? [])].filter((k) => k !== 'default' && k !== 'name');
  if (args.length > 1 || extra.length)
    throw pyError('TypeError', `ContextVar() takes exactly 1 positional argument (${args.length} given)`);
  return new PyContextVar(name, kw?.get('default'));
};
const cvar = (self: PyValue) => self as PyContextVar;
defNativeMethod(contextVarClass, 'get', '([default], /)', (self, [dflt]) => {
  const v = cvar(self);
  const got = currentContext().vars.get(v);
  if (got !== undefined) return got;
  if (dflt !== undefined) return dflt;
  if (v.dflt !== undefined) return v.dflt;
  throw excWith('LookupError', v);
});
defNativeMethod(contextVarClass, 'set', '(value, /)', (self, [value]) => {
  const v = cvar(self);
  const ctx = currentContext();
  const token = new PyToken(ctx, v, ctx.vars.get(v));
  ctx.vars = new Map(ctx.vars).set(v, value);
  return token;
});
defNativeMethod(contextVarClass, 'reset', '(token, /)', (self, [token]) => {
  const v = cvar(self);
  if (!(token instanceof PyToken)) throw pyError('TypeError', `expected an instance of Token, got ${repr(token)}`);
  if (token.used) throw pyError('RuntimeError', `${repr(token)} has already been used once`);
  if (token.v !== v) throw pyError('ValueError', `${repr(token)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (token.ctx !== ctx) throw pyError('ValueError', `${repr(token)} was created in a different Context`);
  token.used = true;
  const vars = new Map(ctx.vars);
  if (token.old === undefined) vars.delete(v);
  else vars.set(v, token.old);
  ctx.vars = vars;
  return null;
});
defNativeMethod(contextVarClass, '__repr__', '()', (self) => {
  const v = cvar(self);
  const dflt = v.dflt !== undefined ? ` default=${repr(v.dflt)}` : '';
  return `<ContextVar name=${repr(v.name)}${dflt} at ${addressOf(v)}>`;
});
defNativeMethod(contextVarClass, '__hash__', '()', (self) => BigInt(cvar(self).id));

// ------------------------------------------------------------------ Token

/** Token.MISSING */
const tokenMissing = new (class extends PyObject {})(builtinClass('Token.MISSING'));
defNativeMethod(tokenMissing.cls, '__repr__', '()', () => '<Token.MISSING>');
tokenClass.dict!.set('MISSING', tokenMissing);
defNativeMethod(tokenClass, '__repr__', '()', (self) => {
  const t = self as PyToken;
  return `<Token${t.used ? ' used' : ''} var=${repr(t.v)} at ${addressOf(t)}>`;
});
