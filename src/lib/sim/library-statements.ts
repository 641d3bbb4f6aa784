/**
 * The statements of Loopline's Python-source asyncio (sim/py) that CPython's tracebacks show as
 * frames of Lib/asyncio: where a timeout, a task group's errors or a cancellation come out of
 * `wait_for`, `Timeout.__aexit__`, `TaskGroup.__aexit__` or a lock's wait. Each names the statement
 * in our source by its function and the start of its text (its line is looked up: the one given
 * only tells like statements apart; a unit test checks each is found), and gives CPython's line for
 * it per version (3.11.7, 3.12.1, 3.13.0, 3.14.2; null where that version has no such frame), its
 * text, and the expression its carets mark (none: the whole statement, which gets no carets;
 * `whole`: the versions that mark the whole statement even where others mark the expression).
 */
import { showStatementAt, type LibraryFrame } from '../interp/library-frames';
import { likeLines, sourceLines, statementLine } from '../interp/statement-lines';
import { asyncio311, asyncioSources } from './py';

export interface Statement {
  source: keyof typeof asyncioSources | 'py311';
  /** The function's qualname in our source (CPython names the frame by its last part). */
  func: string;
  /** Near the statement's line in our source: it is found by its text, and this chooses among like ones. */
  at: number;
  ours: string;
  file: string;
  /** CPython's line, indented as in its file. */
  text: string;
  lines: (number | null)[];
  expr?: string;
  /** The minor versions that mark the whole statement even so (no carets). */
  whole?: number[];
  /** CPython's name for the frame where it is not our function's. */
  name?: string;
}

function st(
  source: Statement['source'],
  func: string,
  at: number,
  ours: string,
  file: string,
  text: string,
  lines: (number | null)[],
  expr?: string,
  whole?: number[],
): Statement {
  return { source, func, at, ours, file, text, lines, expr, whole };
}

const only311 = (line: number) => [line, null, null, null];

/** A statement of TaskGroup's exit, named __aexit__ as CPython's frame up to 3.13. */
function tg(at: number, ours: string, text: string, lines: (number | null)[]): Statement {
  return { ...st('taskgroups', 'TaskGroup._aexit', at, ours, 'taskgroups.py', text, lines), name: '__aexit__' };
}

/** A statement of wait_for's branch for no time at all, a helper of its own, named wait_for as CPython's frame. */
function noTime(at: number, ours: string, text: string, lines: (number | null)[], expr?: string): Statement {
  return { ...st('tasks', '_wait_for_no_time', at, ours, 'tasks.py', text, lines, expr), name: 'wait_for' };
}

/** A lock's `fut = self._get_loop().create_future()` (ours calls _bound_loop), its call marked. */
function bind(func: string, at: number, lines: (number | null)[]): Statement {
  const text = '        fut = self._get_loop().create_future()';
  return st('locks', func, at, 'fut = _bound_loop(self)', 'locks.py', text, lines, 'self._get_loop()');
}

export const STATEMENTS: Statement[] = [
  // A semaphore's (or a subclass's) acquire run as Python (sim/semaphores.ts runs the plain ones natively).
  st(
    'locks',
    '_ContextManagerMixin.__aenter__',
    12,
    'await self.acquire()',
    'locks.py',
    '        await self.acquire()',
    [15, 14, 14, 14],
  ),
  st('locks', 'Semaphore.acquire', 195, 'await fut', 'locks.py', '                await fut', [387, 386, 407, 407]),
  // wait_for given no time (timeout <= 0), every version: its helper's frame shows as wait_for's.
  noTime(19, 'return fut.result()', '            return fut.result()', [458, 511, 498, 479], 'fut.result()'),
  noTime(22, 'return fut.result()', '            return fut.result()', [462, 515, 502, 483], 'fut.result()'),
  noTime(24, 'raise TimeoutError from exc', '            raise TimeoutError from exc', [null, 517, 504, 485]),
  noTime(24, 'raise TimeoutError from exc', '            raise exceptions.TimeoutError() from exc', only311(464)),
  // 3.12 locates the exit of an `async with` at the whole statement: no carets.
  st(
    'tasks',
    'wait_for',
    9,
    'async with Timeout(',
    'tasks.py',
    '    async with timeouts.timeout(timeout):',
    [null, 519, 506, 487],
    'timeouts.timeout(timeout)',
    [12],
  ),
  st(
    'tasks',
    'wait_for',
    10,
    'return await fut',
    'tasks.py',
    '        return await fut',
    [null, 520, 507, 488],
    'await fut',
  ),
  // 3.11's wait_for: its own waiter and timer (sim/py/py311.py).
  st('py311', 'wait_for', 9, 'return await fut', 'tasks.py', '        return await fut', only311(452), 'await fut'),
  st('py311', 'wait_for', 19, 'await waiter', 'tasks.py', '            await waiter', only311(476)),
  st(
    'py311',
    'wait_for',
    22,
    'return fut.result()',
    'tasks.py',
    '                return fut.result()',
    only311(479),
    'fut.result()',
  ),
  st(
    'py311',
    'wait_for',
    28,
    'return fut.result()',
    'tasks.py',
    '            return fut.result()',
    only311(489),
    'fut.result()',
  ),
  st(
    'py311',
    'wait_for',
    33,
    'return fut.result()',
    'tasks.py',
    '                return fut.result()',
    only311(500),
    'fut.result()',
  ),
  st(
    'py311',
    'wait_for',
    35,
    'raise TimeoutError() from exc',
    'tasks.py',
    '                raise exceptions.TimeoutError() from exc',
    only311(502),
  ),
  st(
    'tasks',
    '_AsCompletedIterator._wait_for_one',
    158,
    'raise TimeoutError',
    'tasks.py',
    '            raise exceptions.TimeoutError',
    [614, 630, 633, 617],
  ),
  st(
    'timeouts',
    'Timeout.__aexit__',
    69,
    'raise TimeoutError from exc_val',
    'timeouts.py',
    '                raise TimeoutError from exc_val',
    [115, 115, 116, 114],
  ),
  // TaskGroup's exit: up to 3.13 one frame, __aexit__; 3.14 split it into __aexit__ awaiting _aexit.
  tg(99, 'raise self._base_error', '            raise self._base_error', [129, 129, 125, null]),
  // One raise of ours for the body's cancellation; CPython's line moved in 3.13.
  tg(103, 'raise cancelled', '            raise propagate_cancellation_error', [134, 134, 137, null]),
  tg(115, 'raise BaseExceptionGroup(', '                raise me from None', [145, 145, 154, null]),
  st(
    'taskgroups',
    'TaskGroup.__aexit__',
    71,
    'return await self._aexit(et, exc)',
    'taskgroups.py',
    '            return await self._aexit(et, exc)',
    [null, null, null, 72],
    'await self._aexit(et, exc)',
  ),
  {
    ...tg(99, 'raise self._base_error', '                raise self._base_error', [null, null, null, 141]),
    name: '_aexit',
  },
  {
    ...tg(103, 'raise cancelled', '                    raise propagate_cancellation_error', [null, null, null, 157]),
    name: '_aexit',
  },
  {
    ...tg(
      115,
      'raise BaseExceptionGroup(',
      "                raise BaseExceptionGroup(\n                    'unhandled errors in a TaskGroup',\n                    self._errors,\n                ) from None",
      [null, null, null, 174],
    ),
    name: '_aexit',
  },
  st('locks', 'Lock.acquire', 42, 'await fut', 'locks.py', '                await fut', [114, 113, 110, 110]),
  // A primitive waited on under another loop than its own: the wait's future-making line, then the loop check.
  bind('Lock.acquire', 38, [106, 105, 105, 105]),
  bind('Event.wait', 91, [210, 209, 210, 210]),
  bind('Condition.wait', 120, [null, null, 266, 266]),
  {
    ...bind('Condition.wait', 124, [264, 263, null, null]),
    ours: 'fut = fut or _bound_loop(self)',
    text: '            fut = self._get_loop().create_future()',
  },
  bind('Semaphore.acquire', 191, [379, 378, 402, 402]),
  {
    ...st(
      'locks',
      '_bound_loop',
      354,
      'raise RuntimeError(',
      'mixins.py',
      "            raise RuntimeError(f'{self!r} is bound to a different event loop')",
      [20, 20, 20, 20],
    ),
    name: '_get_loop',
  },
  st('locks', 'Event.wait', 94, 'await fut', 'locks.py', '            await fut', [213, 212, 213, 213]),
  // Runner.run's SIGINT handler, called a second time: KeyboardInterrupt out of os.kill in the task.
  st(
    'runners',
    'Runner._on_sigint',
    85,
    'raise KeyboardInterrupt()',
    'runners.py',
    '        raise KeyboardInterrupt()',
    [157, 157, 157, 166],
  ),
  // asyncio.to_thread: the worker's exception comes out of its await of run_in_executor.
  st(
    'threads',
    'to_thread',
    19,
    'return await loop.run_in_executor(None, in_context)',
    'threads.py',
    '    return await loop.run_in_executor(None, func_call)',
    [25, 25, 25, 25],
    'await loop.run_in_executor(None, func_call)',
  ),
];

function frameOf(s: Statement): LibraryFrame {
  const start = s.text.length - s.text.trimStart().length;
  const col = s.expr === undefined ? start : s.text.indexOf(s.expr);
  const endCol = s.expr === undefined ? s.text.length : col + s.expr.length;
  const name = s.name ?? s.func.slice(s.func.lastIndexOf('.') + 1);
  return { file: s.file, name, text: s.text, col, endCol, lines: s.lines, whole: s.whole };
}

/** The table's lines of the statements like one (same source, function and text). */
const likeOf = likeLines(STATEMENTS, (t) => `${t.source}:${t.func}:${t.ours}`);

/** The statement's line in our source (null: the table names no such statement, Loopline's own bug). */
export function statementAt(s: Statement): number | null {
  const source = s.source === 'py311' ? asyncio311 : asyncioSources[s.source];
  return statementLine(sourceLines(source), s.func.slice(s.func.lastIndexOf('.') + 1), s.ours, s.at, likeOf(s));
}

let registered = false;

/** Register the statements (once: the sources do not change); each is found in our source when first needed. */
export function showLibraryStatements(): void {
  if (registered) return;
  registered = true;
  for (const s of STATEMENTS) showStatementAt('asyncio', s.func, () => statementAt(s), frameOf(s));
}
