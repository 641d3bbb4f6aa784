/**
 * The `asyncio` module a program imports: the TypeScript core (loops, tasks, sleep, gather,
 * queues) plus the higher-level parts (locks, timeouts, TaskGroup, wait, ...) that are Python
 * source run by the interpreter as library code, so their await structure is CPython's.
 */
import { PyModule, PySet, getExcClass, native, pyError, argOr, type PyValue, type KwArgs } from '../runtime/core';
import { repr, truthy, hashKey, toFloat, isNumber } from '../runtime/ops';
import { runLibrary } from '../interp/library';
import { loopClass, type EventLoop } from './base_events';
import { Future, futureClass } from './futures';
import { Task, taskClass, createTask, ensureFuture, gather, isCoroutine, nativeCoroutine, sleep } from './tasks';
import { installQueues } from './queues';
import type { Simulation } from './runners';
import { asyncioLib } from './pylib/asyncio_lib';

/** Builds the `asyncio` module of one run (its functions reach that run's loops through `sim`). */
export function makeAsyncio(sim: Simulation): PyModule {
  const m = new Map<string, PyValue>();
  const def = (name: string, fn: (args: PyValue[], kw: KwArgs) => PyValue) => m.set(name, native(name, fn));

  const runningLoop = (): EventLoop => {
    const l = sim.runningLoop;
    if (!l) throw pyError('RuntimeError', 'no running event loop');
    return l;
  };

  // ---- sleep
  def('sleep', (args, kw) => {
    const delay = argOr(args, kw, 0, 'delay', null);
    const result = argOr(args, kw, 1, 'result', null);
    if (!isNumber(delay)) throw pyError('TypeError', `'<=' not supported between instances of '${repr(delay)}' and 'int'`);
    const d = toFloat(delay);
    return nativeCoroutine('sleep', sleep(sim, d, result));
  });

  // ---- tasks
  def('create_task', (args, kw) => {
    const coro = args[0];
    const name = kw?.get('name') ?? null;
    return createTask(runningLoop(), coro, name);
  });
  def('ensure_future', (args, kw) => ensureFuture(sim, args[0], (kw?.get('loop') as EventLoop | undefined) ?? null));
  def('current_task', (args) => {
    const loop = (args[0] as EventLoop | undefined) ?? runningLoop();
    return sim.currentTask.get(loop) ?? null;
  });
  def('all_tasks', (args) => {
    const loop = (args[0] as EventLoop | undefined) ?? runningLoop();
    const s = new PySet();
    for (const t of loop.tasks) if (!(t as Task).done()) s.map.set(hashKey(t), t);
    return s;
  });
  def('get_running_loop', () => runningLoop());
  def('get_event_loop', () => sim.getEventLoop());
  def('new_event_loop', () => sim.newLoop());
  def('set_event_loop', (args) => {
    sim.currentLoop = (args[0] as EventLoop | null) ?? null;
    return null;
  });
  def('run', (args) => {
    const coro = args[0];
    if (!isCoroutine(coro)) throw pyError('ValueError', `a coroutine was expected, got ${repr(coro)}`);
    if (sim.runningLoop) {
      coro.awaited = false;
      throw pyError('RuntimeError', 'asyncio.run() cannot be called from a running event loop');
    }
    return sim.asyncioRun(coro);
  });
  def('iscoroutine', (args) => isCoroutine(args[0]));
  def('isfuture', (args) => args[0] instanceof Future);
  def('iscoroutinefunction', (args) => {
    const f = args[0] as { code?: { kind: string } };
    return Boolean(f && f.code && f.code.kind === 'coroutine');
  });

  // ---- gather
  def('gather', (args, kw) => gather(sim, args, truthy(kw?.get('return_exceptions') ?? false)));

  // ---- classes and exceptions
  m.set('Future', futureClass);
  m.set('Task', taskClass);
  futureClass.slots.call = (_c, args, kw) => new Future((kw?.get('loop') as EventLoop | undefined) ?? sim.getEventLoop());
  taskClass.slots.call = (_c, args, kw) => createTask((kw?.get('loop') as EventLoop | undefined) ?? runningLoop(), args[0], kw?.get('name') ?? null);
  for (const n of ['CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty', 'QueueFull', 'QueueShutDown', 'BrokenBarrierError'])
    m.set(n, getExcClass(n));
  m.set('AbstractEventLoop', loopClass);
  m.set('events', new PyModule('asyncio.events', new Map([['AbstractEventLoop', loopClass]])));

  m.set('__name__', 'asyncio');
  const module = new PyModule('asyncio', m);
  runLibrary('asyncio', asyncioLib, m);
  installQueues(m, () => sim.runningLoop ?? sim.getEventLoop());
  return module;
}
