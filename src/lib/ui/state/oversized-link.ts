/**
 * A link too big to open, taken out of the address before the app starts (hooks.client.ts). An
 * address of megabytes costs the browser at every write of the address: SvelteKit's router
 * starts by writing its own state onto the address it finds (a 2 MB one: about 100 ms of
 * Chromium's main thread in one task), and the app's first write after its run took it back
 * again. Taken out first, once, those writes cost what a short address costs; the app still
 * says the link was refused (App.start reads its length here).
 */
import { MAX_LINK_CODE, parseHash, refusedInputLength, refusedLinkLength } from './link-hash';

let dropped: number | null = null;
let droppedInput: number | null = null;

/**
 * Takes a too-big program (and any other parameter too long to be read) out of the address,
 * keeping the link's other parameters (version, step, theme, ...); remembers the program's and
 * the input's lengths.
 */
export function dropOversizedLink(): void {
  const hash = location.hash;
  if (hash.length <= MAX_LINK_CODE) return;
  const parsed = parseHash(hash);
  dropped = refusedLinkLength(parsed);
  droppedInput = refusedInputLength(parsed);
  const parts = hash.slice(1).split('&');
  const kept = parts.filter((part) => part.length - part.indexOf('=') - 1 <= MAX_LINK_CODE);
  if (kept.length === parts.length) return;
  const url = `${location.pathname}${location.search}${kept.length ? `#${kept.join('&')}` : ''}`;
  history.replaceState(history.state, '', url);
}

/** The length of the program dropOversizedLink took out of the address, if it did. */
export function droppedLinkLength(): number | null {
  return dropped;
}

/** The length of the program input (`in`) dropOversizedLink took out of the address, if it did. */
export function droppedInputLength(): number | null {
  return droppedInput;
}
