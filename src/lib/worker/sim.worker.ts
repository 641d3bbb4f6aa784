/// <reference lib="webworker" />
/**
 * Runs the simulator off the main thread. One message in, one message out (see messages.ts).
 */
import { simulate, type Progress } from '../run';
import type { SimRequest, SimResponse } from './messages';

const reply = (msg: SimResponse) => (self as unknown as Worker).postMessage(msg);

self.onmessage = (ev: MessageEvent<SimRequest>) => {
  const { id, source } = ev.data;
  try {
    const onProgress = (progress: Progress) => reply({ kind: 'progress', id, progress });
    reply({ kind: 'result', id, result: simulate(source, { onProgress }) });
  } catch (e) {
    reply({ kind: 'failure', id, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};
