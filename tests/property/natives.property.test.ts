/**
 * Property: every native callable a program can reach (builtins, the modules Loopline provides,
 * their classes' methods and the methods of common objects), called with wrong arguments, ends the
 * run normally or with a Python exception; never with "internal error in Loopline", never with a
 * JS exception escaping simulate().
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../src/lib/run';
import { builtinFunctions } from '../../src/lib/runtime/builtins';
import { classBuiltins } from '../../src/lib/interp/classes';
import { asyncIterBuiltins } from '../../src/lib/interp/generator';
import { importableModules } from '../../src/lib/stdlib/modules';

const limits = { maxSteps: 2_000, maxOperations: 200_000 };
/** Generated call programs (PROPERTY_RUNS raises it for a long fuzz run). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Every module a program can import, and the submodules people import by their dotted names. */
const MODULES = [
  ...importableModules().filter((m) => m !== 'builtins'),
  'collections.abc',
  'concurrent.futures',
  'os.path',
  'logging.config',
  'multiprocessing.pool',
];

/** Objects whose methods are called (evaluated inside a running event loop). */
const RECEIVERS = [
  '[]',
  '{}',
  'set()',
  'frozenset()',
  "''",
  "b''",
  '()',
  '5',
  '1.5',
  '1j',
  'range(3)',
  'slice(1)',
  'iter([])',
  'enumerate([])',
  'zip()',
  'map(str, [])',
  'reversed([])',
  'object()',
  '{}.keys()',
  '{}.values()',
  '{}.items()',
  '(x for x in [])',
  'ValueError()',
  'ExceptionGroup("g", [ValueError()])',
  'property()',
  'super(int, 1)',
  'collections.deque()',
  'collections.Counter()',
  'collections.OrderedDict()',
  'collections.defaultdict()',
  'asyncio.get_running_loop()',
  'asyncio.get_running_loop().create_future()',
  'asyncio.current_task()',
  'asyncio.Queue()',
  'asyncio.Event()',
  'asyncio.Lock()',
  'asyncio.Semaphore()',
  'asyncio.Condition()',
  'asyncio.Barrier(1)',
  'asyncio.timeout(1)',
  'asyncio.TaskGroup()',
  'asyncio.sleep(0)',
  'random.Random()',
  'datetime.date(2020, 1, 1)',
  'datetime.datetime(2020, 1, 1)',
  'datetime.timedelta(1)',
  'functools.partial(print)',
  'itertools.count()',
  'string.Formatter()',
];

/** The wrong arguments each callable receives: too many, missing, unknown keyword, odd types. */
const WRONG_CALLS = [
  '(), {}',
  '(None,), {}',
  '(object(),), {}',
  '(5,), {}',
  "('x',), {}",
  '(-1,), {}',
  '([],), {}',
  "('x', 'x'), {}",
  '(None, None), {}',
  '(5, 5, 5, 5, 5), {}',
  "(), {'maxsize': 2}",
  "(5,), {'x': 1}",
  "(None,), {'key': None}",
];

const IMPORTS = `import ${MODULES.join(', ')}\n`;

/** The Python expressions naming every callable, found by a program that walks the namespaces. */
function discoverTargets(): string[] {
  const builtinNames = [...builtinFunctions().keys(), ...classBuiltins().keys(), ...asyncIterBuiltins().keys()]
    .map(String)
    .filter((n) => /^\w+$/.test(n));
  const src = `${IMPORTS}
def methods(prefix, klass, out):
    for k in klass.__mro__:
        for name in vars(k):
            target = prefix + '.' + name
            if target not in out and callable(getattr(k, name, None)):
                out.append(target)

async def main():
    out = []
    for name, obj in [${builtinNames.map((n) => `('${n}', ${n})`).join(', ')}]:
        if callable(obj):
            out.append(name)
        if isinstance(obj, type):
            methods(name, obj, out)
    for modname, mod in [${MODULES.map((m) => `('${m}', ${m})`).join(', ')}]:
        # dir() adds what a module's __dir__ lists that vars() does not (concurrent.futures' executors).
        for name in sorted(set(vars(mod)) | set(dir(mod))):
            obj = getattr(mod, name, None)
            if name.startswith('__') or not callable(obj):
                continue
            out.append(modname + '.' + name)
            if isinstance(obj, type):
                methods(modname + '.' + name, obj, out)
    for expr, obj in [${RECEIVERS.map((r) => `(${JSON.stringify(`(${r})`)}, ${r})`).join(', ')}]:
        methods(expr, type(obj), out)
        if asyncio.iscoroutine(obj):
            obj.close()
    for t in out:
        print(t)

asyncio.run(main())
`;
  const r = simulate(src, { maxSteps: 1_000_000, maxOperations: 50_000_000 });
  if (r.trace.error) throw new Error(`discovery failed: ${r.trace.error}`);
  return r.trace.stdout
    .map((s) => s.text)
    .join('')
    .split('\n')
    .filter((t) => t !== '');
}

/** A program calling `target` with each of `calls`, catching what Python raises. */
function program(target: string, calls: string[]): string {
  const used = MODULES.filter((m) => new RegExp(`(^|[^\\w.])${m.replace('.', '\\.')}\\.`).test(target));
  return `import ${['asyncio', ...used].join(', ')}

async def main():
    f = ${target}
    for args, kwargs in [${calls.map((c) => `(${c})`).join(', ')}]:
        try:
            r = f(*args, **kwargs)
            if asyncio.iscoroutine(r):
                r.close()
        except BaseException:
            pass

asyncio.run(main())
`;
}

/** What is wrong with a run, or null when it ended normally or on a Python exception. */
function problem(target: string, calls: string[]): string | null {
  let r;
  try {
    r = simulate(program(target, calls), limits);
  } catch (e) {
    return `${target}: simulate threw ${e instanceof Error ? e.stack : e}`;
  }
  if (r.diagnostics.length) return `${target}: ${r.diagnostics[0].message}`;
  const err = r.trace.error;
  if (
    r.internalError ||
    (err !== null && !/^[A-Za-z_][\w.]*(: |$)/.test(err)) ||
    (err !== null && err.includes('internal error'))
  )
    return `${target}: ${err}`;
  return null;
}

describe('native callables given wrong arguments', () => {
  const targets = discoverTargets();

  it('are found in every namespace', () => {
    expect(targets.length).toBeGreaterThan(300);
    for (const t of [
      'len',
      'asyncio.run',
      'asyncio.create_task',
      'time.strftime',
      'random.shuffle',
      'dataclasses.dataclass',
      'threading.Thread',
      'decimal.Decimal.quantize',
      'concurrent.futures.ThreadPoolExecutor.submit',
      'logging.getLogger',
      '(asyncio.get_running_loop()).call_soon',
    ])
      expect(targets).toContain(t);
  });

  it('raise Python exceptions (every callable, a fixed set of wrong calls)', () => {
    const problems: string[] = [];
    for (const t of targets) {
      const p = problem(t, WRONG_CALLS);
      if (p !== null) problems.push(p);
    }
    expect(problems).toEqual([]);
  }, 1_800_000);

  it(
    'raise Python exceptions (generated calls)',
    () => {
      const value = fc.constantFrom(
        'None',
        'object()',
        '5',
        "'x'",
        '-1',
        '0',
        '1.5',
        '[]',
        '()',
        '{}',
        'print',
        'asyncio.sleep',
        'True',
      );
      const call = fc
        .record({
          args: fc.array(value, { maxLength: 5 }),
          kwargs: fc.array(
            fc.tuple(fc.constantFrom('x', 'key', 'default', 'name', 'context', 'maxsize', 'timeout', 'loop'), value),
            { maxLength: 2 },
          ),
        })
        .map(
          ({ args, kwargs }) =>
            `(${args.join(', ')}${args.length === 1 ? ',' : ''}), {${kwargs.map(([k, v]) => `'${k}': ${v}`).join(', ')}}`,
        );
      fc.assert(
        fc.property(fc.constantFrom(...targets), fc.array(call, { minLength: 1, maxLength: 4 }), (target, calls) => {
          expect(problem(target, calls)).toBeNull();
        }),
        { numRuns: RUNS },
      );
    },
    120_000 + RUNS * 100,
  );
});
