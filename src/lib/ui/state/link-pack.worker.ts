/**
 * Packs a program into a share link's `code` off the page's thread: lz-string takes over a second
 * on a big draft, which would freeze the page after a click on Copy link.
 */
import LZString from 'lz-string';

self.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
  self.postMessage({ id: e.data.id, packed: LZString.compressToEncodedURIComponent(e.data.text) });
};
