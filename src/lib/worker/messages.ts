/**
 * What the page and the simulation worker say to each other: one request in, one response out,
 * matched by `id` so that a late answer from a superseded run is recognised and dropped.
 */
import type { Progress, RunResult } from '../run';
import type { ResultChunk, ResultHead } from './chunks';
import type { PythonVersion } from '../ir/python-version';
import type { Finding } from '../doctor';

/** Page → worker: simulate this program (within these caps, when given). */
export interface SimRequest {
  kind: 'simulate';
  id: number;
  source: string;
  /** The step cap (RunOptions.maxSteps). */
  maxSteps?: number;
  /** The operations cap (RunOptions.maxOperations). */
  maxOperations?: number;
  /** The CPython version to simulate (RunOptions.python). */
  python?: PythonVersion;
  /** The program's standard input (RunOptions.stdin). */
  stdin?: string;
}

/** Worker → page: the run's result, or the message of an error the simulator did not contain. */
export type SimResponse =
  | {
      kind: 'result';
      id: number;
      /** Without its long lists when `lists` names them: they came before, in `chunk` messages. */
      result: RunResult;
      lists?: ResultHead['lists'];
      /** What the worker derived from the result for the page (its views, without the traces), if anything. */
      view?: Record<string, unknown> | null;
      /** The asyncio doctor's findings in the run (doctor/index.ts diagnose), sorted by line. */
      findings?: Finding[];
    }
  | { kind: 'failure'; id: number; message: string }
  /** While it runs: how far the simulation has got (task steps, virtual seconds). */
  | { kind: 'progress'; id: number; progress: Progress }
  /** After the run, before its result: one slice of one of the result's long lists. */
  | { kind: 'chunk'; id: number; chunk: ResultChunk };
