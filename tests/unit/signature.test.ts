/**
 * The native-signature binder: binding and CPython 3.13's TypeError texts for each kind of
 * callable (the expected texts were recorded with CPython 3.13.0).
 */
import { describe, it, expect } from 'vitest';
import { PyExc, PyTuple, type KwArgs, type PyValue } from '../../src/lib/runtime/core';
import { signature } from '../../src/lib/runtime/signature';
import { defNative } from '../../src/lib/runtime/native';
import { call } from '../../src/lib/runtime/ops';
import '../../src/lib/runtime/types/index';

function err(name: string, text: string, args: PyValue[], kw: Record<string, PyValue> = {}, qualname = name): string {
  const s = signature(name, text, qualname);
  const k: KwArgs = Object.keys(kw).length ? new Map(Object.entries(kw)) : null;
  try {
    s.bind(args, k);
  } catch (e) {
    if (e instanceof PyExc) return `${e.exc.cls.name}: ${e.exc.args[0]}`;
    throw e;
  }
  return 'OK';
}

describe('binding', () => {
  it('returns the caller array on the positional fast path', () => {
    const args: PyValue[] = [1n];
    expect(signature('len', '(obj, /)').bind(args, null)).toBe(args);
    const two: PyValue[] = ['a'];
    expect(signature('getattr', '(object, name[, default], /)').bind(['o', 'n'], null)[2]).toBeUndefined();
    expect(signature('next', '(iterator[, default], /)').bind(two, null)).toBe(two);
  });
  it('places keywords, defaults and *args', () => {
    const s = signature('call_soon', 'def (self, callback, *args, context=None)', 'BaseEventLoop.call_soon');
    const b = s.bind(['f', 1n, 2n], new Map([['context', 'c']]));
    expect(b[0]).toBe('f');
    expect((b[1] as PyTuple).items).toEqual([1n, 2n]);
    expect(b[2]).toBe('c');
    const r = signature('round', '(number, ndigits=None)').bind([1.5], null);
    expect(r).toEqual([1.5, null]);
    expect(signature('sleep', "def (delay, result=None, sep=' ')").bind([], new Map([['delay', 1n]]))).toEqual([
      1n,
      null,
      ' ',
    ]);
  });
});

describe('C functions (Argument Clinic and METH_* texts)', () => {
  it('METH_O', () => {
    expect(err('len', '(obj, /)', [])).toBe('TypeError: len() takes exactly one argument (0 given)');
    expect(err('len', '(obj, /)', [1n, 2n])).toBe('TypeError: len() takes exactly one argument (2 given)');
    expect(err('len', '(obj, /)', [], { x: 1n })).toBe('TypeError: len() takes no keyword arguments');
    expect(err('append', '(object, /)', [], {}, 'list.append')).toBe(
      'TypeError: list.append() takes exactly one argument (0 given)',
    );
  });
  it('METH_NOARGS', () => {
    expect(err('clear', '()', [1n], {}, 'list.clear')).toBe('TypeError: list.clear() takes no arguments (1 given)');
    expect(err('time', '()', [1n], {}, 'time.time')).toBe('TypeError: time.time() takes no arguments (1 given)');
  });
  it('positional-only ranges', () => {
    expect(err('getattr', '(object, name[, default], /)', [1n])).toBe(
      'TypeError: getattr expected at least 2 arguments, got 1',
    );
    expect(err('divmod', '(x, y, /)', [1n])).toBe('TypeError: divmod expected 2 arguments, got 1');
    expect(err('get', '(key, default=None, /)', [1n, 2n, 3n])).toBe(
      'TypeError: get expected at most 2 arguments, got 3',
    );
    expect(err('exit', '(status=None, /)', [1n, 2n])).toBe('TypeError: exit expected at most 1 argument, got 2');
    expect(err('getattr', '(object, name[, default], /)', [1n, 'a'], { x: 1n })).toBe(
      'TypeError: getattr() takes no keyword arguments',
    );
    expect(err('get', '(key[, default], /)', [1n], { x: 1n }, 'dict.get')).toBe(
      'TypeError: dict.get() takes no keyword arguments',
    );
    expect(err('log', '(x[, base], /)', [1n], { x: 1n }, 'math.log')).toBe(
      'TypeError: math.log() takes no keyword arguments',
    );
  });
  it('keywords', () => {
    expect(err('round', '(number, ndigits=None)', [])).toBe(
      "TypeError: round() missing required argument 'number' (pos 1)",
    );
    expect(err('round', '(number, ndigits=None)', [1n], { x: 1n })).toBe(
      "TypeError: round() got an unexpected keyword argument 'x'",
    );
    expect(err('split', '(sep=None, maxsplit=-1)', [1n, 2n, 3n])).toBe(
      'TypeError: split() takes at most 2 arguments (3 given)',
    );
    expect(err('split', '(sep=None, maxsplit=-1)', ['a', 1n], { maxsplit: 2n })).toBe(
      'TypeError: split() takes at most 2 arguments (3 given)',
    );
    expect(err('split', '(sep=None, maxsplit=-1)', [], { sep: 1n, maxsplit: 1n, y: 2n })).toBe(
      'TypeError: split() takes at most 2 keyword arguments (3 given)',
    );
    expect(err('split', '(sep=None, maxsplit=-1)', ['a'], { sep: 'b' })).toBe(
      "TypeError: argument for split() given by name ('sep') and position (1)",
    );
    expect(err('sum', '(iterable, /, start=0)', [])).toBe(
      'TypeError: sum() takes at least 1 positional argument (0 given)',
    );
    expect(err('sum', '(iterable, /, start=0)', [1n], { x: 1n })).toBe(
      "TypeError: sum() got an unexpected keyword argument 'x'",
    );
    expect(err('isclose', '(a, b, *, rel_tol=1e-09, abs_tol=0.0)', [1n])).toBe(
      "TypeError: isclose() missing required argument 'b' (pos 2)",
    );
    expect(err('sort', '(*, key=None, reverse=False)', [1n])).toBe('TypeError: sort() takes no positional arguments');
    expect(err('gcd', '(*integers)', [1n], { x: 1n }, 'math.gcd')).toBe(
      'TypeError: math.gcd() takes no keyword arguments',
    );
  });
  it('keyword-only after a positional-only argument (_asyncio.Future)', () => {
    const sig = '(fn, /, *, context=None)';
    expect(err('add_done_callback', sig, [])).toBe(
      'TypeError: add_done_callback() takes exactly 1 positional argument (0 given)',
    );
    expect(err('add_done_callback', sig, [1n, 2n])).toBe(
      'TypeError: add_done_callback() takes exactly 1 positional argument (2 given)',
    );
    expect(err('add_done_callback', sig, [1n], { x: 1n })).toBe(
      "TypeError: add_done_callback() got an unexpected keyword argument 'x'",
    );
    expect(err('cancel', '(msg=None)', [1n, 2n])).toBe('TypeError: cancel() takes at most 1 argument (2 given)');
  });
  it('PyArg_ParseTuple', () => {
    expect(err('strftime', 'PyArg_ParseTuple(format[, t], /)', [])).toBe(
      'TypeError: strftime() takes at least 1 argument (0 given)',
    );
    expect(err('strftime', 'PyArg_ParseTuple(format[, t], /)', ['a', 1n, 3n])).toBe(
      'TypeError: strftime() takes at most 2 arguments (3 given)',
    );
  });
});

describe('functions written in Python', () => {
  it('missing and extra positional arguments', () => {
    expect(err('run', 'def (main, *, debug=None, loop_factory=None)', [])).toBe(
      "TypeError: run() missing 1 required positional argument: 'main'",
    );
    expect(err('sleep', 'def (delay, result=None)', [1n, 2n, 3n])).toBe(
      'TypeError: sleep() takes from 1 to 2 positional arguments but 3 were given',
    );
    expect(err('wait_for', 'def (fut, timeout)', [])).toBe(
      "TypeError: wait_for() missing 2 required positional arguments: 'fut' and 'timeout'",
    );
    expect(err('f', 'def (a, b, c)', [])).toBe(
      "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'",
    );
    expect(err('f', 'def (*, x)', [])).toBe("TypeError: f() missing 1 required keyword-only argument: 'x'");
  });
  it('methods count self', () => {
    const q = 'BaseEventLoop.call_at';
    expect(err('call_at', 'def (self, when, callback, *args, context=None)', [], {}, q)).toBe(
      "TypeError: BaseEventLoop.call_at() missing 2 required positional arguments: 'when' and 'callback'",
    );
    expect(err('time', 'def (self)', [1n], {}, 'BaseEventLoop.time')).toBe(
      'TypeError: BaseEventLoop.time() takes 1 positional argument but 2 were given',
    );
    expect(err('__init__', 'def (self)', [1n], {}, 'Event.__init__')).toBe(
      'TypeError: Event.__init__() takes 1 positional argument but 2 were given',
    );
    expect(err('shuffle', 'def (self, x)', [], {}, 'Random.shuffle')).toBe(
      "TypeError: Random.shuffle() missing 1 required positional argument: 'x'",
    );
  });
  it('keywords', () => {
    const sig = 'def (coro, *, name=None, context=None)';
    expect(err('create_task', sig, ['c'], { maxsize: 2n })).toBe(
      "TypeError: create_task() got an unexpected keyword argument 'maxsize'",
    );
    expect(err('create_task', sig, [], { maxsize: 2n })).toBe(
      "TypeError: create_task() got an unexpected keyword argument 'maxsize'",
    );
    expect(err('f', 'def (a)', [1n], { a: 2n })).toBe("TypeError: f() got multiple values for argument 'a'");
    expect(err('f', 'def (a, /)', [], { a: 2n })).toBe(
      "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'",
    );
    expect(err('f', 'def (a)', [1n, 2n], { b: 1n })).toBe("TypeError: f() got an unexpected keyword argument 'b'");
    expect(err('f', 'def (a, *, b=None)', [1n, 2n], { b: 1n })).toBe(
      'TypeError: f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given',
    );
    expect(err('f', 'def ()', [1n])).toBe('TypeError: f() takes 0 positional arguments but 1 was given');
  });
});

describe('slot wrappers', () => {
  it('use nameless texts', () => {
    expect(err('__add__', 'wrapper(value, /)', [])).toBe('TypeError: expected 1 argument, got 0');
    expect(err('__len__', 'wrapper()', [1n])).toBe('TypeError: expected 0 arguments, got 1');
    expect(err('__setitem__', 'wrapper(key, value, /)', [1n])).toBe('TypeError:  expected 2 arguments, got 1');
    expect(err('__add__', 'wrapper(value, /)', [1n], { x: 1n })).toBe(
      'TypeError: wrapper __add__() takes no keyword arguments',
    );
  });
});

describe('C class constructors', () => {
  it('use the positional texts even for one argument', () => {
    expect(err('reversed', 'PyArg_CheckPositional(sequence, /)', [])).toBe(
      'TypeError: reversed expected 1 argument, got 0',
    );
    expect(err('reversed', 'PyArg_CheckPositional(sequence, /)', [1n], { x: 1n })).toBe(
      'TypeError: reversed() takes no keyword arguments',
    );
    expect(err('filter', 'PyArg_CheckPositional(function, iterable, /)', [1n])).toBe(
      'TypeError: filter expected 2 arguments, got 1',
    );
    expect(err('slice', 'PyArg_CheckPositional(start[, stop[, step]], /)', [])).toBe(
      'TypeError: slice expected at least 1 argument, got 0',
    );
    expect(err('int', 'PyArg_CheckPositional([x], /, [base])', [1n, 2n, 3n])).toBe(
      'TypeError: int expected at most 2 arguments, got 3',
    );
    expect(err('int', 'PyArg_CheckPositional([x], /, [base])', [1n], { x: 1n })).toBe(
      "TypeError: int() got an unexpected keyword argument 'x'",
    );
  });
});

describe('native callables', () => {
  it('parse their signature at their first call, not when defined (a start defines hundreds)', () => {
    // A malformed text proves when it is parsed: defining the function does not read it.
    const f = defNative('probe', 'no parentheses', () => null);
    expect(() => call(f, [], null)).toThrow('bad signature for probe: no parentheses');
    const g = defNative('probe', '(x, /)', ([x]) => x);
    expect(call(g, [5n], null)).toBe(5n);
    expect(call(g, [6n], null)).toBe(6n);
  });
});
