/**
 * What the page and the verify worker say to each other: the page asks for one program to be run
 * under Pyodide's CPython; the worker says how far loading has got, then sends the recorded trace
 * or why there is none. Answers carry the request's `id`, so a late one is recognised and dropped.
 */
import type { ConformanceTrace } from '../../trace/types';

/** Page → worker. `base`: the absolute address of the `pyodide/` folder (scripts/vite-pyodide.ts). */
export interface VerifyRequest {
  kind: 'verify';
  id: number;
  source: string;
  /** The program's standard input ('' for none). */
  stdin: string;
  base: string;
}

/** Where the worker is: fetching the runtime (bytes so far of `total`), starting it, running the program. */
export type VerifyPhase = { phase: 'download'; loaded: number; total: number } | { phase: 'start' } | { phase: 'run' };

export type VerifyResponse =
  | ({ kind: 'progress'; id: number } & VerifyPhase)
  /** `version`: CPython's own (`3.14.2`). */
  | { kind: 'trace'; id: number; trace: ConformanceTrace; version: string }
  /**
   * No trace: Pyodide did not load (`load`), or CPython could not run the program at all, e.g. it
   * does not compile (`program`: `message` is CPython's last traceback line).
   */
  | { kind: 'failure'; id: number; stage: 'load' | 'program'; message: string };
