/**
 * Behaviours that need state or user-defined dunders (stand-in "user" classes with native
 * methods). Expected values were checked against CPython 3.13.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import {
  PyObject,
  PyClass,
  PyList,
  PyTuple,
  PyDict,
  PyExc,
  objectClass,
  functionClass,
  pyError,
  native,
  type PyValue,
  type NativeMethodFn,
  type KwArgs,
} from '../../../src/lib/runtime/core';
import { PyFunctionBase } from '../../../src/lib/runtime/callable';
import { call, getattr, repr, setitem, excStr, getIter, len } from '../../../src/lib/runtime/ops';
import { Run, enterRun } from '../../../src/lib/runtime/run';
import { builtinFunctions } from '../../../src/lib/runtime/builtins';
import { pyFormat } from '../../../src/lib/runtime/types/format';

const B = builtinFunctions();
const bi = (name: string, ...args: PyValue[]) => call(B.get(name)!, args, null);
const biKw = (name: string, args: PyValue[], kw: Record<string, PyValue>) =>
  call(B.get(name)!, args, new Map(Object.entries(kw)));
const m = (obj: PyValue, name: string, ...args: PyValue[]) => call(getattr(obj, name), args, null);

let out: string[] = [];
beforeEach(() => {
  out = [];
  const r = new Run();
  r.write = (s) => void out.push(s);
  enterRun(r);
});

function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyExc) return `${e.exc.cls.name}: ${excStr(e.exc)}`;
    throw e;
  }
  return 'no error';
}

/** Stands in for a `def` function: ops treats PyFunctionBase as user code. */
class JsFunction extends PyFunctionBase {
  qualname: string;
  constructor(
    public name: string,
    private f: NativeMethodFn,
  ) {
    super(functionClass);
    this.qualname = name;
  }
  call(args: PyValue[], kw: KwArgs): PyValue {
    return this.f(args[0], args.slice(1), kw);
  }
}

/** A class that behaves like a user-defined one (not builtin) with the given methods. */
function userClass(name: string, methods: Record<string, NativeMethodFn>): PyClass {
  const c = new PyClass(name, [objectClass]);
  c.module = '__main__';
  for (const [k, f] of Object.entries(methods)) c.dict!.set(k, new JsFunction(k, f));
  return c;
}
function inst(c: PyClass, attrs: Record<string, PyValue> = {}): PyObject {
  return new PyObject(c, new Map(Object.entries(attrs)));
}

describe('print', () => {
  it('writes one entry per call', () => {
    bi('print', 1n, 'a', 2.5, null, true);
    bi('print');
    biKw('print', ['a', 'b'], { sep: '-', end: '!' });
    biKw('print', ['x'], { sep: null, end: null, flush: true, file: null });
    expect(out).toEqual(['1 a 2.5 None True\n', '\n', 'a-b!', 'x\n']);
  });
  it('rejects bad sep/end and unknown keywords', () => {
    expect(pyErr(() => biKw('print', [1n], { sep: 1n }))).toBe('TypeError: sep must be None or a string, not int');
    expect(pyErr(() => biKw('print', [1n], { end: 1n }))).toBe('TypeError: end must be None or a string, not int');
    expect(pyErr(() => biKw('print', [], { x: 1n }))).toBe("TypeError: print() got an unexpected keyword argument 'x'");
  });
  it('writes the pieces before an argument whose str() fails', () => {
    const Bad = userClass('B', {
      __str__: () => {
        throw pyError('ValueError', 'bad');
      },
    });
    expect(pyErr(() => bi('print', 1n, inst(Bad)))).toBe('ValueError: bad');
    expect(out).toEqual(['1 ']);
  });
  it('sends each piece to file.write, as CPython writes them', () => {
    const got: PyValue[] = [];
    const File = userClass('File', {
      write: (_s, a) => {
        got.push(a[0]);
        return null;
      },
    });
    biKw('print', ['a', 1n], { file: inst(File) });
    expect(got).toEqual(['a', ' ', '1', '\n']);
    expect(out).toEqual([]);
  });
});

describe('dict views and iterators', () => {
  it('views are live', () => {
    const d = bi('dict', new PyList([new PyTuple(['a', 1n])]));
    const k = m(d, 'keys');
    setitem(d, 'b', 2n);
    expect(repr(bi('list', k))).toBe("['a', 'b']");
    expect(bi('len', k)).toBe(2n);
    expect(repr(k)).toBe("dict_keys(['a', 'b'])");
  });
  it('detects a dict changing size during iteration', () => {
    const d = new PyDict();
    setitem(d, 'a', 1n);
    const it = getIter(d);
    it.next();
    setitem(d, 'c', 3n);
    expect(pyErr(() => it.next())).toBe('RuntimeError: dictionary changed size during iteration');
  });
  it('list iterators see appends until exhausted', () => {
    const l = new PyList([1n, 2n]);
    const it = bi('iter', l);
    expect(bi('next', it)).toBe(1n);
    l.items.push(3n);
    expect(repr(bi('list', it))).toBe('[2, 3]');
    l.items.push(4n);
    expect(repr(bi('list', it))).toBe('[]');
    expect(bi('next', it, 'done')).toBe('done');
    expect(pyErr(() => bi('next', it))).toBe('StopIteration: ');
  });
  it('iterator objects iterate themselves', () => {
    const it = bi('iter', new PyList([1n, 2n]));
    expect(bi('iter', it)).toBe(it);
    expect(repr(bi('list', it))).toBe('[1, 2]');
    expect(repr(it).startsWith('<list_iterator object at 0x')).toBe(true);
    expect(repr(bi('enumerate', 'ab')).startsWith('<enumerate object at 0x')).toBe(true);
  });
  it('enumerate / map / filter are lazy', () => {
    const seen: PyValue[] = [];
    const f = native('f', (a) => {
      seen.push(a[0]);
      return a[0];
    });
    const mp = bi('map', f, new PyList([1n, 2n, 3n]));
    expect(seen).toEqual([]);
    expect(bi('next', mp)).toBe(1n);
    expect(seen).toEqual([1n]);
  });
});

describe('list.sort', () => {
  it('raises when the list is modified during the sort, leaving it sorted', () => {
    const l = new PyList([3n, 1n, 2n]);
    const key = native('key', (a) => {
      l.items.push(a[0]);
      return a[0];
    });
    expect(pyErr(() => call(getattr(l, 'sort'), [], new Map([['key', key]])))).toBe(
      'ValueError: list modified during sort',
    );
    expect(repr(l)).toBe('[1, 2, 3]');
  });
  it('is stable with keys and reverse', () => {
    const l = new PyList(['bb', 'a', 'cc', 'd']);
    call(
      getattr(l, 'sort'),
      [],
      new Map<string, PyValue>([
        ['key', B.get('len')!],
        ['reverse', true],
      ]),
    );
    expect(repr(l)).toBe("['bb', 'cc', 'a', 'd']");
  });
});

describe('user dunders', () => {
  it('hash() reduces a user __hash__ and refuses __eq__-only classes', () => {
    const H = userClass('H', { __hash__: () => 2n ** 64n + 5n });
    expect(bi('hash', inst(H))).toBe(13n);
    const E = userClass('E', { __eq__: () => true });
    expect(pyErr(() => bi('hash', inst(E)))).toBe("TypeError: unhashable type: 'E'");
  });
  it('format() / str.format call __format__', () => {
    const F = userClass('F', { __format__: (_s, a) => `F<${a[0] as string}>` });
    expect(bi('format', inst(F), 'x')).toBe('F<x>');
    expect(m('{0:abc}|{0.name}', 'format', inst(F, { name: 'nm' }))).toBe('F<abc>|nm');
    expect(pyFormat(inst(F), '')).toBe('F<>');
    const Bad = userClass('Bad', { __format__: () => 1n });
    expect(pyErr(() => bi('format', inst(Bad)))).toBe('TypeError: __format__ must return a str, not int');
  });
  it('round / abs / __index__', () => {
    const R = userClass('R', { __round__: (_s, a) => new PyTuple(['r', a.length ? a[0] : null]) });
    expect(repr(bi('round', inst(R)))).toBe("('r', None)");
    expect(repr(bi('round', inst(R), 2n))).toBe("('r', 2)");
    const A = userClass('A', { __abs__: () => 'abs!' });
    expect(bi('abs', inst(A))).toBe('abs!');
    const I = userClass('I', { __index__: () => 255n });
    expect(bi('hex', inst(I))).toBe('0xff');
    expect(bi('bin', inst(I))).toBe('0b11111111');
    expect(bi('chr', inst(I))).toBe('ÿ');
    expect(repr(bi('range', inst(I)))).toBe('range(0, 255)');
  });
  it('sequence protocol for reversed / iter / sorted', () => {
    const Seq = userClass('Seq', {
      __len__: () => 3n,
      __getitem__: (_s, a) => {
        if ((a[0] as bigint) >= 3n) throw pyError('IndexError');
        return (a[0] as bigint) * 10n;
      },
    });
    expect(repr(bi('list', bi('reversed', inst(Seq))))).toBe('[20, 10, 0]');
    expect(repr(bi('list', bi('iter', inst(Seq))))).toBe('[0, 10, 20]');
    expect(repr(biKw('sorted', [inst(Seq)], { reverse: true }))).toBe('[20, 10, 0]');
  });
  it('iter(callable, sentinel)', () => {
    let n = 0n;
    const f = native('f', () => ++n);
    expect(repr(bi('list', bi('iter', f, 4n)))).toBe('[1, 2, 3]');
  });
  it('sum uses __radd__ for the start value', () => {
    const Add = userClass('Add', { __radd__: (_s, a) => new PyTuple(['radd', a[0]]) });
    expect(repr(bi('sum', new PyList([inst(Add)])))).toBe("('radd', 0)");
  });
  it('min / max / sorted use __lt__ / __gt__', () => {
    const Q: PyClass = userClass('Q', {
      __lt__: (s, a) => ((s as PyObject).dict!.get('v') as bigint) < ((a[0] as PyObject).dict!.get('v') as bigint),
      __gt__: (s, a) => ((s as PyObject).dict!.get('v') as bigint) > ((a[0] as PyObject).dict!.get('v') as bigint),
      __repr__: (s) => `Q(${(s as PyObject).dict!.get('v')})`,
    });
    const q = (v: bigint) => inst(Q, { v });
    expect(repr(bi('max', new PyList([q(1n), q(3n), q(2n)])))).toBe('Q(3)');
    expect(repr(bi('min', q(2n), q(1n)))).toBe('Q(1)');
    expect(repr(bi('sorted', new PyList([q(2n), q(1n)])))).toBe('[Q(1), Q(2)]');
  });
  it('int() / float() use __int__ / __float__', () => {
    const N = userClass('N', { __int__: () => 7n, __float__: () => 2.5 });
    expect(bi('int', inst(N))).toBe(7n);
    expect(bi('float', inst(N))).toBe(2.5);
  });
  it('getattr default only swallows AttributeError', () => {
    const G = userClass('G', {
      __getattr__: (_s, a) => {
        throw pyError(a[0] === 'boom' ? 'ValueError' : 'AttributeError', String(a[0]));
      },
    });
    expect(bi('getattr', inst(G), 'x', 'dflt')).toBe('dflt');
    expect(bi('hasattr', inst(G), 'x')).toBe(false);
    expect(pyErr(() => bi('getattr', inst(G), 'boom', 'dflt'))).toBe('ValueError: boom');
  });
});

describe('builtins table', () => {
  it('has the expected names', () => {
    for (const n of [
      'print',
      'len',
      'range',
      'enumerate',
      'zip',
      'sorted',
      'reversed',
      'sum',
      'min',
      'max',
      'abs',
      'round',
      'divmod',
      'pow',
      'isinstance',
      'issubclass',
      'repr',
      'ascii',
      'str',
      'int',
      'float',
      'bool',
      'list',
      'tuple',
      'dict',
      'set',
      'frozenset',
      'bytes',
      'complex',
      'any',
      'all',
      'map',
      'filter',
      'iter',
      'next',
      'hash',
      'id',
      'chr',
      'ord',
      'hex',
      'oct',
      'bin',
      'format',
      'getattr',
      'setattr',
      'hasattr',
      'delattr',
      'callable',
      'vars',
      'input',
      'ValueError',
      'TimeoutError',
      'KeyError',
      'StopIteration',
      'Ellipsis',
      'NotImplemented',
    ])
      expect(B.has(n), n).toBe(true);
    for (const n of [
      'CancelledError',
      'InvalidStateError',
      'QueueEmpty',
      'QueueFull',
      'QueueShutDown',
      'BrokenBarrierError',
      'type',
      'object',
      'super',
    ])
      expect(B.has(n), n).toBe(false);
  });
  it('id() is stable and distinct', () => {
    const l = new PyList([]);
    expect(bi('id', l)).toBe(bi('id', l));
    expect(bi('id', 'abc')).toBe(bi('id', 'abc'));
    expect(bi('id', 1n)).not.toBe(bi('id', 1.0));
    expect(bi('id', new PyList([]))).not.toBe(bi('id', l));
  });
  it('vars() returns the instance dict', () => {
    const C = userClass('C', {});
    expect(repr(bi('vars', inst(C, { a: 1n })))).toBe("{'a': 1}");
  });
  it('len of a dict view and of a user __len__', () => {
    expect(len(m(new PyDict(), 'items'))).toBe(0);
  });
});

describe('sorting long lists', () => {
  it('is a stable sort through the run/merge path', () => {
    // Pairs compared on their first item only, via a user __lt__ (forces the general path).
    const K = userClass('K', {
      __lt__: (s, a) => ((s as PyObject).dict!.get('k') as bigint) < ((a[0] as PyObject).dict!.get('k') as bigint),
    });
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % 50);
    for (const n of [64, 65, 130, 500, 1000]) {
      const raw = Array.from({ length: n }, (_, i) => ({ k: BigInt(rnd()), i }));
      const items: PyValue[] = raw.map((r) => inst(K, { k: r.k, i: BigInt(r.i) }));
      const l = new PyList(items);
      call(getattr(l, 'sort'), [], null);
      const got = l.items.map((o) => [(o as PyObject).dict!.get('k'), (o as PyObject).dict!.get('i')]);
      const want = [...raw].sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i)).map((r) => [r.k, BigInt(r.i)]);
      expect(got).toEqual(want);
    }
  });
  it('sorts long homogeneous lists and reports incomparable items', () => {
    const l = new PyList(Array.from({ length: 200 }, (_, i) => BigInt((i * 37) % 101)));
    call(getattr(l, 'sort'), [], new Map([['reverse', true]]));
    for (let i = 1; i < 200; i++) expect((l.items[i - 1] as bigint) >= (l.items[i] as bigint)).toBe(true);
    const mixed = new PyList([...Array.from({ length: 100 }, (_, i) => BigInt(i)), 'x']);
    expect(pyErr(() => call(getattr(mixed, 'sort'), [], null))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    expect(mixed.items.length).toBe(101);
  });
});
