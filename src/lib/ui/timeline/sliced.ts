/**
 * Runs a pausing generator (timeline/model.ts timelineBuilder) in slices of at most about
 * SLICE_MS of main-thread time, giving the page back between slices, so that building a big
 * run's timeline never makes one long task (issue 9: none over 100 ms).
 */

/** Time one slice may take before the page gets its turn (a long task is one over 50 ms). */
const SLICE_MS = 20;

/** A new task, after the page's pending input and rendering (MessageChannel: no 4 ms clamp). */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      ok();
    };
    ch.port2.postMessage(null);
  });
}

/** Runs `gen` for up to SLICE_MS now; its value, if it finished in that time. */
export function runSlice<T>(gen: Generator<void, T, void>, ms = SLICE_MS): { done: true; value: T } | { done: false } {
  const end = performance.now() + ms;
  for (;;) {
    const r = gen.next();
    if (r.done) return { done: true, value: r.value };
    if (performance.now() >= end) return { done: false };
  }
}

/**
 * Runs `gen` to its end in slices, each in a task of its own; resolves with its value, in a task
 * that has done nothing else yet (what follows, laying it out and drawing it, gets a task of its
 * own), or with null once `cancelled()` says it is no longer wanted.
 */
export async function runSliced<T>(gen: Generator<void, T, void>, cancelled: () => boolean): Promise<T | null> {
  for (;;) {
    await nextTask();
    if (cancelled()) return null;
    const r = runSlice(gen);
    if (r.done) {
      await nextTask();
      return cancelled() ? null : r.value;
    }
  }
}
