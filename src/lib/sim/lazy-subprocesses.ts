/**
 * asyncio's subprocesses (sim/py/subprocesses.py: create_subprocess_exec/shell, the loop's
 * subprocess_exec/shell, their transports and protocols) are a quarter of asyncio's Python, which
 * few programs use: they run when a program first needs one of the names they make (reads it, lists
 * the module's names, deletes it: runtime/lazy-names.ts), not at `import asyncio`. Then each name goes
 * where a run that made it at import would have it (asyncio's namespace, asyncio.subprocess,
 * asyncio.protocols, asyncio.transports, the loop's class), except where the program has set one.
 */
import { PyModule, classesChanged, pyError, type PyValue } from '../runtime/core';
import { addLazyNames, fillName, insertAfter } from '../runtime/lazy-names';
import { callMethod } from '../runtime/ops';
import { signature } from '../runtime/signature';
import { run } from '../runtime/run';
import { runLibrary } from '../interp/library';
import { placeAsyncioFunctions } from './function-modules';
import { baseLoopClass, loopClass } from './base_events';
import { placeLoopFunction } from './loop-functions';
import { asyncioSources } from './py';
import { hideLibraryNames } from '../runtime/module-vars';

/** The names subprocesses.py leaves in asyncio's namespace, in the order it makes them (a unit test checks them against the file). */
export const SUBPROCESS_NAMES: ReadonlySet<string> = new Set([
  '_SUBPROCESS_PIPE',
  '_SUBPROCESS_STDOUT',
  '_SUBPROCESS_DEVNULL',
  '_PIPE_MAX_READ',
  '_ROLE_BITS',
  '_sp_native',
  '_ChildSelector',
  '_child_selectors',
  '_child_selector',
  '_pipe_fds',
  'SubprocessProtocol',
  'SubprocessTransport',
  '_PipeTransport',
  '_UnixReadPipeTransport',
  '_UnixWritePipeTransport',
  '_UnixSubprocessTransport',
  '_connect_pipe',
  '_PidfdChildWatcher',
  '_child_watcher',
  '_check_subprocess_version',
  '_make_subprocess_transport',
  '_child_watcher_callback',
  '_check_popen_text',
  '_loop_subprocess_exec',
  '_loop_subprocess_shell',
  'create_subprocess_shell',
  'create_subprocess_exec',
  '_Process',
  '_SubprocessStreamProtocol',
  '_WriteSubprocessPipeProto',
  '_ReadSubprocessPipeProto',
  '_BaseSubprocessTransport',
]);

/** A name of another namespace: `name` goes after `anchor` there, with the value asyncio's `from` gets. */
export type LaterName = [name: string, anchor: string, from: string];

/** The loop's methods written there, after the methods asyncio's other parts give the loop. */
const LOOP_METHODS: LaterName[] = [
  ['subprocess_exec', 'create_unix_connection', '_loop_subprocess_exec'],
  ['subprocess_shell', 'subprocess_exec', '_loop_subprocess_shell'],
];

// Until subprocesses.py runs, a loop's subprocess_exec/shell are these of BaseEventLoop's (a lookup
// would otherwise find AbstractEventLoop's, and miss nothing that would make the real ones): a call
// makes them, then calls the one made for the loop's class.
for (const [name] of LOOP_METHODS) {
  const unbound = signature(name, 'def (self, self)', `BaseEventLoop.${name}`);
  placeLoopFunction(
    baseLoopClass,
    name,
    (self, args, kw) => {
      fillName(loopClass, name);
      const made = loopClass.dict!.get(name);
      if (made === undefined) throw pyError('NotSimulatedError', `BaseEventLoop.${name} is not simulated in Loopline`);
      return callMethod(made, self, args, kw);
    },
    () => unbound,
  );
}

/**
 * Sets asyncio's subprocesses up to run when first needed. `asyncio` is the module (`m` its
 * namespace), which holds `before` when they would have run at import; `submodules` are the
 * submodules that hold some of their names.
 */
export function lazySubprocesses(
  asyncio: PyModule,
  m: Map<string, PyValue>,
  before: ReadonlySet<string>,
  submodules: [PyModule, LaterName[]][],
  /** Makes the networking, which they build on (sim/lazy-network.ts), if it is still to come. */
  needs: () => void,
): void {
  // The loop's class is shared by every run: not one with another run's methods.
  for (const [name] of LOOP_METHODS) loopClass.dict!.delete(name);
  classesChanged();
  const fill = () => {
    needs();
    const saved = new Map(m);
    runLibrary('asyncio', asyncioSources.subprocesses, m);
    // Library code ran: what the library reaches is to be marked again (sim/lifetimes.ts).
    run.libraryRuns++;
    const made = new Map([...m].filter(([k]) => SUBPROCESS_NAMES.has(k)));
    placeAsyncioFunctions(made);
    // A name the program set meanwhile keeps its value; each goes where it would be had it been made at import.
    for (const [k, v] of saved) if (m.get(k) !== v) m.set(k, v);
    const all = [...m];
    const now = new Map(all);
    m.clear();
    for (const [k, v] of all) if (before.has(k)) m.set(k, v);
    for (const k of SUBPROCESS_NAMES) if (made.has(k)) m.set(k, now.get(k)!);
    for (const [k, v] of all) if (!m.has(k)) m.set(k, v);
    const place = (dict: Map<string, PyValue>, later: LaterName[]) => {
      for (const [name, anchor, from] of later) {
        const v = made.get(from);
        if (v !== undefined) insertAfter(dict, anchor, [[name, v]]);
      }
    };
    // Its helpers are hidden as those of the rest of asyncio are (stdlib/modules.ts).
    hideLibraryNames(asyncio, made.keys());
    for (const [sub, later] of submodules) place(sub.dict!, later);
    place(loopClass.dict!, LOOP_METHODS);
    classesChanged();
  };
  addLazyNames(asyncio, new Set([...SUBPROCESS_NAMES, '__dict__']), fill);
  for (const [sub, later] of submodules) addLazyNames(sub, new Set([...later.map(([n]) => n), '__dict__']), fill);
  addLazyNames(loopClass, new Set(LOOP_METHODS.map(([n]) => n)), fill);
}
