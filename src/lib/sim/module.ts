/**
 * The `asyncio` module a program imports: the TypeScript core (loops, tasks, sleep, gather,
 * queues) plus the higher-level parts (locks, timeouts, TaskGroup, wait, ...) that are Python
 * source run by the interpreter as library code, so their await structure is CPython's.
 */
import {
  PyExc,
  PyModule,
  PySet,
  PyExceptionObject,
  PyList,
  PyObject,
  PyNativeFunction,
  classesChanged,
  defMethod,
  native,
  getExcClass,
  pyError,
  PyTuple,
  typeName,
  type PyValue,
} from '../runtime/core';
import { asyncioLayout, type AsyncioLayout } from '../runtime/module-vars';
import { defNative } from '../runtime/native';
import { CountedMap } from '../runtime/global-cache';
import { noteAddressOrder, isAddressOrderKind } from '../runtime/address-order';
import { signature } from '../runtime/signature';
import { run } from '../runtime/run';
import { call, getattr, repr, truthy, hashKey, toFloat, isNumber } from '../runtime/ops';
import { runLibrary } from '../interp/library';
import { PyGenerator } from '../interp/generator';
import { callerLine } from '../interp/drops';
import { markBlocking, type ThreadGen } from '../interp/threaded';
import { importModule, interpreter } from '../interp/state';
import { loopClass, abstractLoopClass, baseLoopClass, EventLoop, isEventLoop } from './base_events';
import { installAbstractLoop } from './loop-functions';
import { Future, futureClass } from './futures';
import { handleClass, timerHandleClass } from './events';
import type { PyCoroutine } from '../interp/generator';
import {
  Task,
  taskClass,
  taskContext,
  createTask,
  loopCreateTask,
  splitCoroKwargs,
  ensureFuture,
  gather,
  isCoroutine,
  isAwaitableValue,
  nativeCoroutine,
  sleep,
  wrapAwaitable,
} from './tasks';
import { installQueues } from './queues';
import { installCallGraph, setAwaitedByGetter } from './call-graph';
import { nativeSemaphore } from './semaphores';
import './signals';
import './future-iter';
import './loop-internals';
import { placeAsyncioFunctions } from './function-modules';
import type { Simulation } from './runners';
import { asyncioSources, asyncioOverrides } from './py';
import { GRAPH_NAMES, lazyGraph } from './lazy-graph';
import { showLibraryStatements } from './library-statements';
import { leftLibraryFrame } from '../interp/library-frames';
import { debugOn, withSite } from './debug-mode';
import { asyncioLogShows } from './asyncio-logger';
import { SUBPROCESS_NAMES, lazySubprocesses, type LaterName } from './lazy-subprocesses';
import { NETWORK_NAMES, NETWORK_PARTS, lazyNetwork, type LaterStub } from './lazy-network';

const FUTURE_SIG = signature('Future', '(*, loop=None)');

// AbstractEventLoop's methods, which raise NotImplementedError (an `async def` one when its coroutine runs).
installAbstractLoop(
  abstractLoopClass,
  (name, qualname) =>
    nativeCoroutine(
      name,
      (function* (): Generator<PyValue, PyValue, PyValue> {
        throw pyError('NotImplementedError');
      })(),
      null,
      qualname,
    ),
  isEventLoop,
);

/** Builds the `asyncio` module of one run (its functions reach that run's loops through `sim`). */
export function makeAsyncio(sim: Simulation): PyModule {
  const m: Map<string, PyValue> = new CountedMap();
  /** A module function; `sig` as in runtime/signature.ts (`def` for those CPython writes in Python). */
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue, qualname?: string) =>
    m.set(name, defNative(name, sig, fn, qualname));

  const runningLoop = (): EventLoop => {
    const l = sim.runningLoop;
    if (!l) throw pyError('RuntimeError', 'no running event loop');
    return l;
  };
  /** The loop asyncio.create_task() runs on: the running one, else the error tasks.py's frame raises. */
  const createTaskLoop = (coro: PyValue): EventLoop => {
    try {
      return runningLoop();
    } catch (e) {
      if (e instanceof PyExc) {
        // Its frame keeps the coroutine until the exception goes (then "never awaited").
        sim.finalizers.holdUntilHandled(e.exc, [coro]);
        leftLibraryFrame(e.exc, 'create_task.refuse', true);
      }
      throw e;
    }
  };
  /** The `loop` argument of current_task/all_tasks: CPython finds no tasks for a non-loop. */
  const loopArg = (v: PyValue): EventLoop | null => (v === null ? runningLoop() : v instanceof EventLoop ? v : null);

  // ---- sleep
  def('sleep', 'def (delay, result=None)', ([delay, result]) => {
    if (!isNumber(delay))
      throw pyError('TypeError', `'<=' not supported between instances of '${typeName(delay)}' and 'int'`);
    return nativeCoroutine('sleep', sleep(sim, toFloat(delay), result));
  });

  // ---- tasks
  if (run.minor >= 14) {
    // 3.14: create_task(coro, **kwargs) hands its keywords on to loop.create_task.
    const sig = signature('create_task', 'def (coro)');
    m.set(
      'create_task',
      native('create_task', (args, kw) => {
        const [coro, rest] = splitCoroKwargs(sig, args, kw);
        const loop = createTaskLoop(coro);
        return withSite('createTask', () => loopCreateTask(loop, coro, null, null, rest));
      }),
    );
  } else
    def('create_task', 'def (coro, *, name=None, context=None)', ([coro, name, context]) => {
      const loop = createTaskLoop(coro);
      return withSite(context === null ? 'createTask' : 'createTaskContext', () =>
        createTaskOn(loop, coro, name, context),
      );
    });
  /** asyncio.create_task up to 3.13, once it has its loop. */
  function createTaskOn(loop: EventLoop, coro: PyValue, name: PyValue, context: PyValue): PyValue {
    if (run.minor >= 13) return loopCreateTask(loop, coro, name, context);
    if (loop.taskFactory !== null) {
      // 3.12: the factory's task, named afterwards (tasks._set_task_name).
      const t = loopCreateTask(loop, coro, null, context);
      if (name !== null) call(getattr(t, 'set_name'), [name], null);
      return t;
    }
    if (name === null) return createTask(loop, coro, name, context);
    // Up to 3.12 the task takes its Task-N number, then gets the name (tasks._set_task_name).
    const t = createTask(loop, coro, null, context);
    t.name = typeof name === 'string' ? name : repr(name);
    return t;
  }
  def('ensure_future', 'def (coro_or_future, *, loop=None)', ([v, loop]) =>
    ensureFuture(sim, v, loop instanceof EventLoop ? loop : null),
  );
  def('current_task', '(loop=None)', ([l]) => {
    const loop = loopArg(l);
    return loop === null ? null : (sim.currentTask.get(loop) ?? null);
  });
  def('all_tasks', 'def (loop=None)', ([l]) => {
    const loop = loopArg(l);
    const s = new PySet();
    if (loop !== null) for (const t of loop.tasks) if (!(t as Task).done()) s.map.set(hashKey(t), t);
    return s;
  });
  def('get_running_loop', '()', () => runningLoop(), '_asyncio.get_running_loop');
  def('get_event_loop', '()', () => sim.getEventLoop(), '_asyncio.get_event_loop');
  def('new_event_loop', 'def ()', () => sim.newLoop());
  def('set_event_loop', 'def (loop)', ([loop]) => {
    sim.currentLoop = loop instanceof EventLoop ? loop : null;
    sim.loopSetCalled = true;
    return null;
  });
  def('run', 'def (main, *, debug=None, loop_factory=None)', ([coro, debug]) => {
    if (sim.runningLoop) {
      if (isCoroutine(coro)) coro.awaited = false;
      const e = pyError('RuntimeError', 'asyncio.run() cannot be called from a running event loop');
      sim.finalizers.holdUntilHandled(e.exc, [coro]);
      leftLibraryFrame(e.exc, 'run.refuse', true);
      throw e;
    }
    if (isCoroutine(coro)) return sim.asyncioRun(coro, debug);
    if (run.minor <= 13) {
      const e = pyError('ValueError', `a coroutine was expected, got ${repr(coro)}`);
      leftLibraryFrame(e.exc, 'Runner.run.refuse', true);
      leftLibraryFrame(e.exc, 'run');
      throw e;
    }
    // 3.14's Runner.run: the runner has set up its loop by then; an awaitable is awaited by a wrapper coroutine.
    sim.loopSetCalled = true;
    if (!isAwaitableValue(coro))
      throw pyError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
    return sim.asyncioRun(wrapAwaitable(coro, 'Runner.run.<locals>._wrap_awaitable'), debug);
  });
  // The two steps of asyncio.Runner (sim/py/runners.py) that live in the simulation.
  def('_get_running_loop', '()', () => sim.runningLoop);
  const loopOrError = (loop: PyValue): EventLoop => {
    if (loop instanceof EventLoop) return loop;
    throw pyError('TypeError', `an event loop was expected, got ${repr(loop)}`);
  };
  def('_runner_run', 'def (loop, coro, context=None, runner=None)', ([loop, coro, context, runner]) => {
    if (!isCoroutine(coro)) throw pyError('ValueError', `a coroutine was expected, got ${repr(coro)}`);
    return sim.runnerRun(loopOrError(loop), coro as PyCoroutine, context, runner);
  });
  def('_runner_close', 'def (loop)', ([loop]) => {
    sim.closeRunner(loopOrError(loop));
    return null;
  });
  // Called by a thread's own code, asyncio.run and a Runner run their loop in that thread, its
  // selector waits being the thread's (Simulation.inThread); a call that does not fit runs as above.
  const plain = (name: string) => m.get(name)!;
  markBlocking(plain('run') as object, function* (_self, args, kw): ThreadGen {
    const [coro] = args;
    // asyncio.run(main(), debug=...) goes the plain way too.
    if (args.length !== 1 || (kw !== null && kw.size > 0) || !isCoroutine(coro) || sim.runningLoop)
      return call(plain('run'), args, kw);
    return yield* sim.inThread(sim.asyncioRunSteps(coro as PyCoroutine));
  });
  markBlocking(plain('_runner_run') as object, function* (_self, args, kw): ThreadGen {
    const [loop, coro, context = null, runner = null] = args;
    if ((kw !== null && kw.size > 0) || !(loop instanceof EventLoop) || !isCoroutine(coro))
      return call(plain('_runner_run'), args, kw);
    return yield* sim.inThread(sim.runnerRunSteps(loop, coro as PyCoroutine, context, runner));
  });
  markBlocking(plain('_runner_close') as object, function* (_self, args, kw): ThreadGen {
    const [loop] = args;
    if ((kw !== null && kw.size > 0) || !(loop instanceof EventLoop)) return call(plain('_runner_close'), args, kw);
    yield* sim.inThread(sim.closeRunnerSteps(loop));
    return null;
  });
  // Before 3.12 asyncio counted every generator a coroutine (its _COROUTINE_TYPES held GeneratorType).
  def('iscoroutine', 'def (obj)', ([obj]) => isCoroutine(obj) || (run.minor < 12 && obj instanceof PyGenerator));
  def('isfuture', 'def (obj)', ([obj]) => obj instanceof Future);
  // 3.14 deprecates it; the default filter shows the warning once per line of the program.
  const warnedAt = new Set<number | null>();
  def('iscoroutinefunction', 'def (func)', ([func]) => {
    if (run.minor >= 14) {
      const line = callerLine();
      if (!warnedAt.has(line)) {
        warnedAt.add(line);
        sim.beforeWarning();
        sim.rec.warning(
          "DeprecationWarning: 'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16; use inspect.iscoroutinefunction() instead",
          sim.clock.now,
          line,
        );
      }
    }
    const f = func as { code?: { kind: string } };
    if (f && f.code) return f.code.kind === 'coroutine';
    // Anything else (a bound method, a partial, an AsyncMock): inspect's answer, which CPython's asks first.
    return truthy(call(importModule('inspect').dict!.get('iscoroutinefunction')!, [func], null));
  });

  // ---- gather
  def('gather', 'def (*coros_or_futures, return_exceptions=False)', ([aws, returnExceptions]) =>
    gather(sim, (aws as PyTuple).items, truthy(returnExceptions)),
  );

  // ---- classes and exceptions
  m.set('Future', futureClass);
  m.set('Task', taskClass);
  for (const n of [
    'CancelledError',
    'InvalidStateError',
    'TimeoutError',
    'QueueEmpty',
    'QueueFull',
    'QueueShutDown',
    'BrokenBarrierError',
  ])
    if (n !== 'QueueShutDown' || run.minor >= 13) m.set(n, getExcClass(n));
  m.set('AbstractEventLoop', abstractLoopClass);
  m.set('Handle', handleClass);
  m.set('TimerHandle', timerHandleClass);

  m.set('__name__', 'asyncio');
  // The minor version simulated, for the Python parts that follow an older asyncio (taskgroups.py).
  m.set('_PY_MINOR', BigInt(run.minor));
  // The exception keeps `obj` alive until it is handled (as the frames of its traceback would).
  def('_hold_until_handled', '(exc, obj, /)', ([exc, obj]) => {
    if (exc instanceof PyExceptionObject) sim.finalizers.holdUntilHandled(exc, [obj]);
    return null;
  });
  // Where asyncio visits tasks or coroutines in CPython's address order (runtime/address-order.ts):
  // `objs` are those whose order it decided; the line is the one `owner` was made at, else the caller's.
  const madeAt = new WeakMap<object, number>();
  def('_remember_line', '(owner, /)', ([owner]) => {
    const line = callerLine();
    if (line !== null && typeof owner === 'object' && owner !== null) madeAt.set(owner, line);
    return null;
  });
  def('_address_order', '(kind, objs, owner=None, /)', ([kind, objs, owner]) => {
    if (!(objs instanceof PyList) || !isAddressOrderKind(kind))
      throw pyError('TypeError', '_address_order(kind, objs): an address-order kind and a list');
    const line = (typeof owner === 'object' && owner !== null ? madeAt.get(owner) : undefined) ?? callerLine();
    const items = objs.items;
    if (line === null || items.length < 2) return null;
    const names = new Set(items.map((o) => (o as PyObject).cls.name));
    noteAddressOrder(kind, line, items.length, names.size === 1 ? [...names][0] : null);
    return null;
  });
  // The selector of the program's sockets (sim/py/sockets.py): `poll()` runs in each _run_once.
  def('_set_io_poll', '(loop, poll, /)', ([loop, poll]) => {
    loopOrError(loop).ioPoll = poll === null ? null : () => void call(poll, [], null);
    return null;
  });
  // A socket joined the selector's ready list: a loop waiting while threads run wakes (sockets.py).
  def('_io_wake', '(loop, /)', ([loop]) => {
    loopOrError(loop).ioWoken = true;
    return null;
  });
  // The selector of child processes (sim/py/subprocesses.py): `poll()` runs when nothing else is ready.
  def('_set_child_poll', '(loop, poll, /)', ([loop, poll]) => {
    loopOrError(loop).childPoll = poll === null ? null : () => void call(poll, [], null);
    return null;
  });
  def('_not_simulated', '(message, /)', ([message]) => {
    throw pyError('NotSimulatedError', String(message));
  });
  // A record asyncio's debug mode logs about the network or a child process (`what`, at `level`),
  // whose reprs hold the kernel's ports, descriptors and process ids: refused where it would show
  // (the loop in debug mode, asyncio's logger enabled for the level).
  def('_debug_log_refused', '(loop, level, what, /)', ([loop, level, what]) => {
    if (debugOn(loopOrError(loop)) && asyncioLogShows(level as bigint))
      throw pyError(
        'NotSimulatedError',
        `asyncio debug mode's log record ${String(what)} is not simulated in Loopline`,
      );
    return null;
  });
  if (run.minor >= 14) installCallGraph(def);
  setAwaitedByGetter(run.minor >= 14);
  const module = new PyModule('asyncio', m);
  showLibraryStatements();
  // All but the networking and the subprocesses, which run when first needed (sim/lazy-network.ts,
  // sim/lazy-subprocesses.ts).
  let beforeNetwork: ReadonlySet<string> | undefined;
  for (const [part, source] of Object.entries(asyncioSources)) {
    if (part === 'subprocesses') continue;
    if ((NETWORK_PARTS as readonly string[]).includes(part)) beforeNetwork ??= new Set(m.keys());
    else runLibrary('asyncio', source, m);
  }
  const beforeSubprocesses = new Set([...m.keys(), ...NETWORK_NAMES]);
  for (const source of asyncioOverrides(run.minor)) runLibrary('asyncio', source, m);
  // 3.14's asyncio.graph comes here, when first needed (sim/lazy-graph.ts): after the names made so
  // far and those of the networking and the subprocesses, which a run that made them at import has
  // before it.
  const beforeGraph = run.minor >= 14 ? new Set([...m.keys(), ...NETWORK_NAMES, ...SUBPROCESS_NAMES]) : null;
  placeAsyncioFunctions(m);
  // Set after servers.py, whose holder of BaseEventLoop's coroutines goes by that name while it runs.
  m.set('BaseEventLoop', baseLoopClass);
  // The loop class a Unix program gets (EventLoop from 3.13): calling it makes a loop of this run.
  m.set('SelectorEventLoop', loopClass);
  if (run.minor >= 13) m.set('EventLoop', loopClass);
  loopClass.slots.call = (cls, args, kw) => {
    if (cls !== loopClass)
      throw pyError('NotSimulatedError', 'a subclass of the event loop is not simulated in Loopline');
    if (args.length > 0 || (kw !== null && kw.size > 0))
      throw pyError('NotSimulatedError', 'an event loop on a selector of its own is not simulated in Loopline');
    return sim.newLoop();
  };
  installQueues(m);
  nativeSemaphore(m, runningLoop);
  // The loop's methods CPython writes in Python for threads (threads.py): this run's functions.
  // Each on the class CPython defines it on (read there, it is that class's function).
  for (const [name, fn, cls] of [
    ['run_in_executor', '_loop_run_in_executor', baseLoopClass],
    ['set_default_executor', '_loop_set_default_executor', baseLoopClass],
    ['shutdown_default_executor', '_loop_shutdown_default_executor', baseLoopClass],
    ['_default_executor', '_loop_default_executor', loopClass],
    ['_executor_shutdown_called', '_loop_executor_shutdown_called', loopClass],
  ] as const)
    cls.dict!.set(name, m.get(fn)!);
  // (The networking's, create_server to the sock_* coroutines, come after them: sim/lazy-network.ts.)
  // Task's, from task_stack.py.
  for (const [name, fn] of [
    ['get_stack', '_task_get_stack'],
    ['print_stack', '_task_print_stack'],
  ])
    taskClass.dict!.set(name, m.get(fn)!);
  classesChanged();
  sim.sigint = {
    install: (runner, task, signal) => call(m.get('_sigint_install')!, [runner, task, signal], null),
    restore: (handler, signal) => void call(m.get('_sigint_restore')!, [handler, signal], null),
    interrupted: (handler, task) => truthy(call(m.get('_sigint_interrupted')!, [handler, task], null)),
  };
  sim.shutdownExecutor = (loop) => {
    call(m.get('_shutdown_default_executor')!, [loop], null);
  };
  const lazySubmodules: [PyModule, LaterName[]][] = [];
  const networkSubmodules: [PyModule, LaterName[]][] = [];
  const graphSubmodules: [PyModule, LaterName[]][] = [];
  const layout = asyncioLayout();
  const stubAnchor = [...m.keys()].pop()!;
  const laterStubs = plannedStubs(m, layout);
  const laterNames = new Set([...NETWORK_NAMES, ...laterStubs.map((s) => s.name)]);
  markCAccelerated(m);
  for (const [sub, names] of Object.entries(layout.submodules)) {
    // asyncio.log is made when first needed (stdlib/modules.ts).
    if (sub === 'log') continue;
    const ns = new Map<string, PyValue>([['__name__', `asyncio.${sub}`]]);
    const later: LaterName[] = [];
    const network: LaterName[] = [];
    const graph: LaterName[] = [];
    let last = '__name__';
    if (names !== null) {
      ns.set('__all__', layout.lists.includes(sub) ? new PyList([...names]) : new PyTuple(names));
      last = '__all__';
    }
    for (const n of names ?? []) {
      const v = m.get(n);
      if (v !== undefined) ns.set(n, v);
      else if (SUBPROCESS_NAMES.has(n)) later.push([n, last, n]);
      else if (laterNames.has(n)) network.push([n, last, n]);
      else if (beforeGraph !== null && GRAPH_NAMES.has(n)) graph.push([n, last, n]);
      else continue;
      last = n;
    }
    // asyncio.subprocess's constants (subprocess's) and classes, which the asyncio package lacks.
    if (sub === 'subprocess') {
      for (const [n, v] of [
        ['PIPE', -1n],
        ['STDOUT', -2n],
        ['DEVNULL', -3n],
      ] as const)
        ns.set(n, v);
      later.push(
        ['Process', 'DEVNULL', '_Process'],
        ['SubprocessStreamProtocol', 'Process', '_SubprocessStreamProtocol'],
      );
    }
    const submodule = new PyModule(`asyncio.${sub}`, ns);
    m.set(sub, submodule);
    if (later.length > 0) lazySubmodules.push([submodule, later]);
    if (network.length > 0) networkSubmodules.push([submodule, network]);
    if (graph.length > 0) graphSubmodules.push([submodule, graph]);
  }
  // CPython's package: the concatenation of its submodules' __all__.
  m.set('__all__', new PyTuple(layout.all));
  // The subprocesses' names are registered first: what asks for both (asyncio.__dict__) runs theirs,
  // which runs the networking first.
  const network = { fill: () => {} };
  lazySubprocesses(module, m, beforeSubprocesses, lazySubmodules, () => network.fill());
  network.fill = lazyNetwork(module, m, beforeNetwork!, networkSubmodules, stubAnchor, laterStubs);
  if (beforeGraph !== null) lazyGraph(module, m, beforeGraph, graphSubmodules);
  makeLibraryLoggers();
  return module;
}

/** CPython's asyncio makes its 'concurrent.futures' and 'asyncio' loggers at its import; a program that imported logging before sees them (logging.py makes them when it comes after). */
function makeLibraryLoggers(): void {
  const logging = run.get(interpreter).modules.get('logging');
  if (logging === undefined) return;
  for (const name of ['concurrent.futures', 'asyncio']) call(getattr(logging, 'getLogger'), [name], null);
}

/**
 * A stand-in (sim/py/stubs.py) for each name of CPython's asyncio that Loopline does not simulate,
 * in the package and in the submodule whose `__all__` has it: using one says it is not simulated.
 * They are made with the networking (sim/lazy-network.ts: BufferedProtocol's base is its
 * BaseProtocol), when a program first needs one of their names.
 */
function plannedStubs(m: Map<string, PyValue>, layout: AsyncioLayout): LaterStub[] {
  let candidates = stubCandidates.get(layout);
  if (candidates === undefined) stubCandidates.set(layout, (candidates = stubsOf(layout)));
  const later: LaterStub[] = [];
  for (const s of candidates) if (!m.has(s.name)) later.push(s);
  return later;
}

/**
 * The stand-ins a version's layout plans, before the names the run's asyncio has are left out: the
 * same for every run of the version (lazy-network.ts only reads them), so made once for it. Every
 * run made them again, about a tenth of building the asyncio module.
 */
const stubCandidates = new WeakMap<AsyncioLayout, LaterStub[]>();

function stubsOf(layout: AsyncioLayout): LaterStub[] {
  const later: LaterStub[] = [];
  const home = new Map<string, string>();
  for (const [sub, names] of Object.entries(layout.submodules)) for (const n of names ?? []) home.set(n, sub);
  const wanted = new Set([...Object.keys(layout.kinds), ...home.keys()]);
  for (const n of wanted) {
    const kind = layout.kinds[n] ?? (/^[A-Z]/.test(n) ? 'class' : 'function');
    if (SUBPROCESS_NAMES.has(n) || NETWORK_NAMES.has(n) || GRAPH_NAMES.has(n) || kind === 'module') continue;
    const where = home.has(n) ? `asyncio.${home.get(n)}` : 'asyncio';
    // Named as the program reaches it: from the package when the package has it.
    const what = n in layout.kinds ? `asyncio.${n}` : `${where}.${n}`;
    const base = n === 'BufferedProtocol' ? 'BaseProtocol' : null;
    const make = C_ACCELERATED.has(n) ? () => cStub(n, what) : undefined;
    later.push({ name: n, args: [where, n, kind, what], base, make });
  }
  return later;
}

/** asyncio's names CPython takes from its C accelerator: built-in functions of the module `_asyncio`. */
const C_ACCELERATED = new Set([
  '_enter_task',
  '_leave_task',
  '_register_task',
  '_unregister_task',
  '_set_running_loop',
  '_get_running_loop',
  'get_running_loop',
  'get_event_loop',
]);

/** One of those Loopline does not simulate: a built-in of `_asyncio`, which says so when called. */
function cStub(name: string, what: string): PyNativeFunction {
  const f = new PyNativeFunction(name, () => {
    throw pyError('NotSimulatedError', `${what} is not simulated in Loopline`);
  });
  f.module = '_asyncio';
  return f;
}

/** Marks the natives that stand for C-accelerated names as `_asyncio`'s (current_task from 3.12). */
function markCAccelerated(m: Map<string, PyValue>): void {
  for (const n of [...C_ACCELERATED, ...(run.minor >= 12 ? ['current_task'] : [])]) {
    const f = m.get(n);
    if (f instanceof PyNativeFunction) f.module = '_asyncio';
  }
}

// asyncio.Future() (a class shared by every run) uses the current run's loops.
futureClass.slots.call = (_c, args, kw) => {
  const [loop] = FUTURE_SIG.bind(args, kw);
  return withSite('caller', () => new Future(loop instanceof EventLoop ? loop : run.get(taskContext).getEventLoop()));
};
// A subclass's instance is a future of the current loop from the start; Future.__init__ (which the
// subclass's own __init__ calls) takes its `loop=`. Debug mode's source traceback ends at the caller
// of Future.__init__: the class's caller unless the subclass has an __init__ of its own.
futureClass.slots.alloc = (cls) => {
  const site = cls.lookup('__init__') === futureClass.dict!.get('__init__') ? 'caller' : 'unknown';
  return withSite(site, () => new Future(run.get(taskContext).getEventLoop(), cls));
};
defMethod(futureClass, '__init__', (self, args, kw) => {
  const [loop] = FUTURE_SIG.bind(args, kw);
  if (loop instanceof EventLoop) (self as Future).loop = loop;
  return null;
});
