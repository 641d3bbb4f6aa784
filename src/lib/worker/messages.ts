/**
 * What the page and the simulation worker say to each other: one request in, one response out,
 * matched by `id` so that a late answer from a superseded run is recognised and dropped.
 */
import type { Progress, RunResult } from '../run';

/** Page → worker: simulate this program. */
export interface SimRequest {
  kind: 'simulate';
  id: number;
  source: string;
}

/** Worker → page: the run's result, or the message of an error the simulator did not contain. */
export type SimResponse =
  | { kind: 'result'; id: number; result: RunResult }
  | { kind: 'failure'; id: number; message: string }
  /** While it runs: how far the simulation has got (task steps, virtual seconds). */
  | { kind: 'progress'; id: number; progress: Progress };
