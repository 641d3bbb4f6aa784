/**
 * A draft too big for the live features whose cost grows with its length at every key: syntax
 * colouring, the program kept in the page's address, a save to storage at each key. Past this
 * length the editor shows plain text, the address leaves the program out and saves wait for a
 * pause in typing; a notice says so.
 */
export const LIVE_LIMIT = 100_000;

/** The browser's storage holds about this many characters per site (Chromium, Firefox: 5 MiB of UTF-16 or so). */
export const STORAGE_CHARS = 5_000_000;

export function isBigDraft(length: number): boolean {
  return length > LIVE_LIMIT;
}
