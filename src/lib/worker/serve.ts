/// <reference lib="webworker" />
/**
 * The worker side of the simulation: runs each requested program, reports its progress, and
 * sends its result back in slices (chunks.ts) followed by what `derive` makes of it (the app's
 * views, built here so that the page does not have to) and the asyncio doctor's findings with
 * their proven fixes. The worker lives on between runs, with its compiled Python library and JIT
 * warm; it starts by simulating a tiny program so that even its first real run finds them ready.
 */
import { preloadLibrary, simulate, type Progress, type RunResult } from '../run';
import { splitResult } from './chunks';
import type { PythonVersion } from '../ir/python-version';
import type { SimRequest, SimResponse } from './messages';
import { WARM_UP_PROGRAM } from './warm-up';
import type { Finding } from '../doctor';
import { examine } from '../doctor/examine';

/** Runs longer than this get the doctor's findings without proven fixes (each proof runs a rewrite of the program). */
const PROVE_UP_TO_STEPS = 5_000;

/** The doctor's findings of a run, with their proven fixes; a doctor bug costs the findings, never the run. */
function findingsOf(source: string, result: RunResult, python?: PythonVersion, stdin?: string): Finding[] {
  try {
    return examine(source, result, { python, stdin, proveUpTo: PROVE_UP_TO_STEPS });
  } catch {
    return [];
  }
}

/**
 * Derives the page's views from a result (sent beside it; must not include the result's traces),
 * with the buffers in them to transfer rather than copy.
 */
type Derive = (
  result: RunResult,
  source: string,
  findings: Finding[],
) => { view: Record<string, unknown>; transfer?: Transferable[] };

export function serveRuns(derive: Derive | null = null): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const reply = (msg: SimResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);
  /** Whether a request has come (then it has warmed the worker, and the warm-up is skipped). */
  let asked = false;

  const runOne = (request: SimRequest) => {
    const { id, source, maxSteps, maxOperations, python, stdin } = request;
    try {
      const onProgress = (progress: Progress) => reply({ kind: 'progress', id, progress });
      const result = simulate(source, { onProgress, maxSteps, maxOperations, python, stdin });
      const { head, chunks } = splitResult(result);
      for (const chunk of chunks) reply({ kind: 'chunk', id, chunk });
      // Built while the page decodes the slices.
      const findings = findingsOf(source, result, python, stdin);
      const derived = derive ? derive(result, source, findings) : null;
      reply(
        { kind: 'result', id, result: head.result, lists: head.lists, view: derived?.view ?? null, findings },
        derived?.transfer,
      );
    } catch (e) {
      reply({ kind: 'failure', id, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  };

  scope.onmessage = (ev: MessageEvent<SimRequest>) => {
    asked = true;
    // A program that needs a library chunk not fetched yet runs once it has come.
    const loading = preloadLibrary(ev.data.source);
    if (loading === undefined) runOne(ev.data);
    else
      loading.then(
        () => runOne(ev.data),
        (e: unknown) => reply({ kind: 'failure', id: ev.data.id, message: `library chunk: ${String(e)}` }),
      );
  };

  // A request that comes during the warm-up waits for it to end (a few tens of ms).
  setTimeout(() => {
    if (asked) return;
    const result = simulate(WARM_UP_PROGRAM);
    derive?.(result, WARM_UP_PROGRAM, findingsOf(WARM_UP_PROGRAM, result));
  });
}
