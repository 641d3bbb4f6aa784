/**
 * Reading a share link's hash: its parameters and the program (and its input) it carries, within
 * the size a link may hold.
 */
import LZString from 'lz-string';

/** Hash parameters, read by hand: lz-string's alphabet has '+', which URLSearchParams turns into a space. */
export function parseHash(hash: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    const k = i < 0 ? part : part.slice(0, i);
    out[k] = i < 0 ? '1' : part.slice(i + 1);
  }
  return out;
}

/**
 * The longest `code` parameter a link may carry (compressed characters). Longer links are refused
 * with a message: a megabyte-long address alone keeps a browser busy for seconds, and a link
 * that long holds no program anyone steps through.
 */
export const MAX_LINK_CODE = 200_000;

/** The program in a link's `code` parameter, or null (none, unreadable, or longer than MAX_LINK_CODE). */
export function linkedProgram(hash: Record<string, string>): string | null {
  if (!hash.code || hash.code.length > MAX_LINK_CODE) return null;
  return LZString.decompressFromEncodedURIComponent(hash.code) || null;
}

/** The program's standard input in a link's `in` parameter (packed as `code` is), or null when it has none. */
export function linkedInput(hash: Record<string, string>): string | null {
  if (!hash.in || hash.in.length > MAX_LINK_CODE) return null;
  return LZString.decompressFromEncodedURIComponent(hash.in) ?? null;
}

/** The length of a link's `in` parameter when it is too long to read (its program opens without it), else null. */
export function refusedInputLength(hash: Record<string, string>): number | null {
  return (hash.in?.length ?? 0) > MAX_LINK_CODE ? hash.in.length : null;
}

/**
 * The length of the longest program a link holds when it is too long to open, else null: its
 * `code`, or a compare link's `a`, `b` or `c`.
 */
export function refusedLinkLength(hash: Record<string, string>): number | null {
  const keys = hash.mode === 'compare' ? ['a', 'b', 'c'] : ['code'];
  const longest = Math.max(0, ...keys.map((k) => hash[k]?.length ?? 0));
  return longest > MAX_LINK_CODE ? longest : null;
}
