/**
 * 3.14's asyncio.graph (sim/py/graph.py: capture_call_graph, format_call_graph, print_call_graph and
 * their classes) is a tenth of the Python `import asyncio` ran, and few programs draw a call graph: as
 * the networking (sim/lazy-network.ts), it runs when a program first needs one of the names it makes
 * (reads it, lists the module's names, deletes it: runtime/lazy-names.ts), not at `import asyncio`.
 * Then each name goes where a run that made it at import would have it (asyncio's namespace, after
 * the names made before it, and asyncio.graph), except where the program has set one.
 */
import { PyModule, type PyValue } from '../runtime/core';
import { addLazyNames, insertAfter, placeMade } from '../runtime/lazy-names';
import { run } from '../runtime/run';
import { runLibrary } from '../interp/library';
import { hideLibraryNames } from '../runtime/module-vars';
import { placeAsyncioFunctions } from './function-modules';
import { asyncioGraph } from './py';
import type { LaterName } from './lazy-subprocesses';

/** The names graph.py leaves in asyncio's namespace, in the order it makes them (a unit test checks them against the file). */
export const GRAPH_NAMES: ReadonlySet<string> = new Set([
  '_Frozen',
  'FrameCallGraphEntry',
  'FutureCallGraph',
  '_LIB',
  '_Code',
  '_LibraryFrame',
  '_LIBRARY_AWAITS',
  '_CAPTURE',
  '_FORMAT',
  '_PRINT',
  '_coroutine_frame',
  '_not_a_future',
  '_awaited_by',
  '_build_graph_for_future',
  '_capture',
  'capture_call_graph',
  '_kind',
  '_TAGS',
  '_render',
  '_format',
  'format_call_graph',
  'print_call_graph',
]);

/**
 * Sets asyncio.graph up to be made when first needed. `asyncio` is the module (`m` its namespace),
 * which holds `before` ahead of graph.py's names had they been made at import; `submodules` hold
 * some of them, each after an anchor.
 */
export function lazyGraph(
  asyncio: PyModule,
  m: Map<string, PyValue>,
  before: ReadonlySet<string>,
  submodules: [PyModule, LaterName[]][],
): void {
  let done = false;
  const fill = () => {
    if (done) return;
    done = true;
    const saved = new Map(m);
    runLibrary('asyncio', asyncioGraph, m);
    // Library code ran: what the library reaches is to be marked again (sim/lifetimes.ts).
    run.libraryRuns++;
    const made = new Map<string, PyValue>();
    for (const k of GRAPH_NAMES) if (m.has(k)) made.set(k, m.get(k)!);
    placeAsyncioFunctions(made);
    // The names made before them, theirs (a value the program set meanwhile kept), then the rest.
    placeMade(m, saved, before, made);
    // Its helpers are hidden as those of the rest of asyncio are (stdlib/modules.ts).
    hideLibraryNames(asyncio, made.keys());
    for (const [sub, later] of submodules)
      for (const [name, anchor, from] of later) {
        const v = made.get(from);
        if (v !== undefined) insertAfter(sub.dict!, anchor, [[name, v]]);
      }
  };
  addLazyNames(asyncio, new Set([...GRAPH_NAMES, '__dict__']), fill);
  for (const [sub, later] of submodules) addLazyNames(sub, new Set([...later.map(([n]) => n), '__dict__']), fill);
}
