/**
 * A `fetch` for the verify worker to put in place while Pyodide loads: it passes every request on
 * and counts the bytes of the responses' bodies as they arrive, for the progress bar. A `.wasm`
 * response is labelled `application/wasm` whatever the host said, as WebAssembly's streaming
 * compile requires (Pyodide waits forever when that compile fails).
 */
export function countingFetch(inner: typeof fetch, onBytes: (n: number) => void): typeof fetch {
  return async (input, init) => {
    const res = await inner(input, init);
    if (!res.body) return res;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        onBytes(chunk.byteLength);
        out.enqueue(chunk);
      },
    });
    const headers = new Headers(res.headers);
    if (new URL(res.url || String(input), 'http://x').pathname.endsWith('.wasm'))
      headers.set('content-type', 'application/wasm');
    return new Response(res.body.pipeThrough(counter), { status: res.status, statusText: res.statusText, headers });
  };
}
