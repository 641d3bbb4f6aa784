/// <reference lib="webworker" />
/**
 * The app's simulation worker: simulates each program (worker/serve.ts) and builds the run's
 * view (model.ts buildRunView) and its timeline model (timeline/model.ts) here, off the main
 * thread; the page gets them with the result, the model packed into transferred typed arrays
 * (timeline/packed-model.ts), with the asyncio doctor's findings marked on its axis; the view's
 * typed arrays are transferred too.
 */
import { serveRuns } from '../worker/serve';
import { buildTimeline } from '../timeline/model';
import { packTimeline, transferables } from '../timeline/packed-model';
import { buildRunView } from './model';
import { toWire } from './view-wire';
import type { Finding } from '../doctor/types';
import type { DoctorMark } from '../timeline/model';

/** The findings the timeline marks: those that say when. */
const doctorMarks = (findings: Finding[]): DoctorMark[] =>
  findings.flatMap((f) =>
    f.at === undefined ? [] : [{ t: f.at, line: f.line, endLine: f.endLine ?? f.line, text: f.message }],
  );

serveRuns((result, source, findings) => {
  // The traces travel in the result; the view's own indexes travel beside them.
  const { trace: _trace, ui: _ui, ...own } = buildRunView(result.trace, result.ui);
  const timeline = packTimeline(
    buildTimeline(result, { source, syncSteps: own.syncSteps, doctor: doctorMarks(findings) }),
  );
  // The view's per-task indexes travel packed (view-wire.ts), and its typed arrays (a million-line
  // output's index is 4 MB) move to the page rather than being copied.
  const { wire, transfer } = toWire(own, result.trace.tasks);
  const buffers = new Set<ArrayBuffer>([...transferables(timeline), ...transfer]);
  for (const v of Object.values(wire))
    for (const a of Array.isArray(v) ? v : [v]) if (ArrayBuffer.isView(a)) buffers.add(a.buffer as ArrayBuffer);
  return { view: { ...wire, timeline }, transfer: [...buffers] };
});
