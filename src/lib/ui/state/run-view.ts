/** A run's view: the one the worker built (its indexes, beside the result's traces), or built here. */
import type { RunResult } from '../../run';
import { buildRunView, type RunView } from '../model';
import { fromWire, type WireView } from '../view-wire';

export function runViewOf(result: RunResult, built: Record<string, unknown> | null): RunView {
  return built
    ? ({ ...fromWire(built as unknown as WireView, result.trace.tasks), trace: result.trace, ui: result.ui } as RunView)
    : buildRunView(result.trace, result.ui);
}
