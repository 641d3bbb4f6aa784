// Runs one program with simulate() in this worker thread (started with a small stack by
// await-depth.test.ts) and posts back its output, error and traceback.
import { workerData, parentPort } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import('../../../bin/raw-text.mjs');
const { simulate } = await import('../../../src/lib/run.ts');
const r = simulate(workerData.source, {}, 'deep.py');
parentPort.postMessage({
  stdout: r.trace.stdout.map((l) => l.text).join(''),
  error: r.trace.error ?? null,
  traceback: r.traceback,
  internalError: r.internalError ?? null,
});
