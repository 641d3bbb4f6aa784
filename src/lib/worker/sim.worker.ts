/// <reference lib="webworker" />
/**
 * Runs the simulator off the main thread. One message in ({id, source}), one message out.
 */
import { simulate } from '../run';

export interface SimRequest {
  id: number;
  source: string;
}

self.onmessage = (ev: MessageEvent<SimRequest>) => {
  const { id, source } = ev.data;
  try {
    const result = simulate(source);
    (self as unknown as Worker).postMessage({ id, ok: true, result });
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    (self as unknown as Worker).postMessage({ id, ok: false, message });
  }
};
