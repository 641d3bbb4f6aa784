/**
 * asyncio's debug mode (`asyncio.run(debug=True)`, `loop.set_debug(True)`): what a program can see
 * of it. A future, task or handle made while its loop is in debug mode remembers where it was made
 * (CPython's `_source_traceback`, whose last frame its repr shows as `created at FILE:LINE`), and
 * the loop reports a callback that held it for `slow_callback_duration` or longer (the clock is
 * virtual: the time a callback blocked the loop, a `time.sleep` in a coroutine).
 *
 * CPython's source traceback ends at the last Python frame before the object's constructor, less
 * the frames asyncio's own methods delete (`call_soon`, `create_task`): the program's line for an
 * object it makes itself, or a line of asyncio's source (`runners.py:100` for asyncio.run's main
 * task). Where Loopline cannot tell which line that is (an object asyncio makes deep inside), the
 * site is UNKNOWN and a repr that would show it refuses.
 */
import { PyCell, pyError, type PyValue } from '../runtime/core';
import { callMethodByName, getattr, truthy } from '../runtime/ops';
import { interpreter } from '../interp/state';
import { run } from '../runtime/run';
import { frameStack } from '../interp/drops';

/** A site Loopline does not know (its repr refuses). */
export const UNKNOWN_SITE = '?';

/**
 * The lines of CPython's asyncio where its own code makes what a program sees, per version (3.11.7,
 * 3.12.1, 3.13.0, 3.14.2), read from each version's Lib/asyncio.
 */
const SITES = {
  /** Runner.run: `task = self._loop.create_task(coro, context=context)`. */
  runnerTask: ['runners.py', [100, 100, 100, 109]],
  /** asyncio.create_task without a context (3.14: `return loop.create_task(coro, **kwargs)`). */
  createTask: ['tasks.py', [384, 420, 410, 395]],
  /** asyncio.create_task(coro, context=...). */
  createTaskContext: ['tasks.py', [386, 422, 412, 395]],
  /** _ensure_future: `return loop.create_task(coro_or_future)`. */
  ensureFuture: ['tasks.py', [680, 695, 748, 732]],
  /** BaseEventLoop.create_future: `return futures.Future(loop=self)`. */
  createFuture: ['base_events.py', [427, 447, 460, 459]],
  /** TaskGroup.create_task without a context. */
  taskGroup: ['taskgroups.py', [161, 161, 173, 196]],
  /** TaskGroup.create_task(coro, context=...). */
  taskGroupContext: ['taskgroups.py', [163, 163, 175, 196]],
} as const satisfies Record<string, readonly [string, readonly number[]]>;

type SiteName = keyof typeof SITES;

/** `/usr/lib/python3.N/asyncio/FILE:LINE` of one of asyncio's own sites in the simulated version. */
function librarySite(name: SiteName): string {
  const [file, lines] = SITES[name];
  return `/usr/lib/python3.${run.minor}/asyncio/${file}:${lines[Math.min(Math.max(run.minor - 11, 0), 3)]}`;
}

/** Whether a loop's debug flag (kept as given: set_debug(1) counts) is on. */
export function debugOn(loop: { debug: PyValue } | null | undefined): boolean {
  if (loop === null || loop === undefined) return false;
  const d = loop.debug;
  return d !== false && d !== null && truthy(d);
}

/** Where an entry point says the object it makes is created: asyncio's own line, its caller's, or unknown. */
export type Site = SiteName | 'caller' | 'unknown';

/** The site the object being made now was declared at (by the entry point that makes it), taken once. */
let declared: Site | null = null;

/** Runs `make` with `site` as where the first future or task it makes was created (resolved only in debug mode). */
export function withSite<T>(site: Site, make: () => T): T {
  const outer = declared;
  declared = site;
  try {
    return make();
  } finally {
    declared = outer;
  }
}

/**
 * Where a future, task or handle the code calling now makes itself was created: the program's line
 * when the innermost frame is the program's, TaskGroup.create_task's line in asyncio when that is
 * the caller (its create_task call, which differs with a context), else UNKNOWN.
 */
export function callerSite(): string {
  const s = run.get(frameStack);
  const top = s.length ? s[s.length - 1] : null;
  if (top === null || top === undefined) return UNKNOWN_SITE;
  if (top.code.user) return run.fileName ? `${run.fileName}:${top.line}` : UNKNOWN_SITE;
  if (top.code.qualname === 'TaskGroup.create_task') {
    const at = top.code.params?.names.indexOf('context') ?? -1;
    const v = at < 0 ? undefined : top.locals[at];
    const context = v instanceof PyCell ? v.v : v;
    return librarySite(context === null || context === undefined ? 'taskGroup' : 'taskGroupContext');
  }
  return UNKNOWN_SITE;
}

/** Where a future or task made now on `loop` was created: null when the loop is not in debug mode. */
export function creationSite(loop: { debug: PyValue } | null): string | null {
  if (loop === null || loop.debug === false || !debugOn(loop)) return null;
  const site = declared;
  declared = null;
  if (site === null || site === 'unknown') return UNKNOWN_SITE;
  return site === 'caller' ? callerSite() : librarySite(site);
}

/** ` created at SITE` for a repr (nothing for an object made outside debug mode); refuses an unknown site. */
export function createdAtText(site: string | null, what: string): string {
  if (site === null) return '';
  if (site === UNKNOWN_SITE)
    throw pyError(
      'NotSimulatedError',
      `the repr of ${what} asyncio made itself in debug mode (where it was created) is not simulated in Loopline`,
    );
  return ` created at ${site}`;
}

/**
 * coroutines._is_debug_mode(): PYTHONASYNCIODEBUG set to something in os.environ (a program that set
 * it before making a loop; the simulated machine's environment has none, and -X dev is no option).
 */
export function envDebugMode(): boolean {
  const os = run.get(interpreter).modules.get('os');
  if (os === undefined) return false;
  return truthy(callMethodByName(getattr(os, 'environ'), 'get', ['PYTHONASYNCIODEBUG']));
}

/**
 * Why a report of the loop's exception handler in debug mode is refused: CPython's context then
 * holds the object's whole source traceback ('source_traceback', 'handle_traceback'), which the
 * default handler logs as "Object created at (most recent call last):" with asyncio's frames.
 */
export function handlerReportRefused(what: string): string {
  return `the exception handler's report of ${what} in asyncio debug mode (its 'Object created at' source traceback) is not simulated in Loopline`;
}
