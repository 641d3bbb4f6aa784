/**
 * A program packed for a share link (lz-string's URI-safe form) in a worker of its own
 * (link-pack.worker.ts), so that packing a big draft never blocks the page. Where workers cannot
 * start, the page packs it itself.
 */
import LZString from 'lz-string';

export class LinkPacker {
  #worker: Worker | null = null;
  #next = 0;
  #waiting = new Map<number, { text: string; ok: (packed: string) => void }>();

  /** `text` in the link's `code` form. */
  pack(text: string): Promise<string> {
    const w = this.#start();
    if (w === null) return Promise.resolve(LZString.compressToEncodedURIComponent(text));
    const id = ++this.#next;
    return new Promise((ok) => {
      this.#waiting.set(id, { text, ok });
      w.postMessage({ id, text });
    });
  }

  #start(): Worker | null {
    if (this.#worker === null && typeof Worker !== 'undefined') {
      try {
        this.#worker = new Worker(new URL('./link-pack.worker.ts', import.meta.url), { type: 'module' });
      } catch {
        return null;
      }
      this.#worker.onmessage = (e: MessageEvent<{ id: number; packed: string }>) => {
        this.#waiting.get(e.data.id)?.ok(e.data.packed);
        this.#waiting.delete(e.data.id);
      };
      // A worker that failed to load: the page packs what it was given (slowly, but the link is made).
      this.#worker.onerror = () => {
        for (const { text, ok } of this.#waiting.values()) ok(LZString.compressToEncodedURIComponent(text));
        this.#waiting.clear();
      };
    }
    return this.#worker;
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#waiting.clear();
  }
}
