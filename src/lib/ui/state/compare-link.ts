/**
 * A compare link's parameters: `mode=compare[&vs=3.12,3.13]&a=…&b=…[&c=…][&at=N]`, each program
 * packed as in a single-program link. A link without `c` (every link made before three-way
 * compare) opens as two programs; a program too big for a link is refused as in `code`.
 */
import LZString from 'lz-string';
import { linkedProgram } from './link-hash';
import { isPythonVersion, type PythonVersion } from '../../ir/python-version';

const KEYS = ['a', 'b', 'c'] as const;

export interface CompareLink {
  /** Two or three programs' text (A, B[, C]). */
  programs: string[];
  /** Side A's and B's Python versions in versions mode. */
  versions?: [PythonVersion, PythonVersion];
  /** The moment shown, 0-based. */
  at?: number;
}

export function compareHashParts(link: CompareLink): string[] {
  const parts = ['mode=compare'];
  if (link.versions) parts.push(`vs=${link.versions.join(',')}`);
  link.programs.forEach((text, i) => parts.push(`${KEYS[i]}=${LZString.compressToEncodedURIComponent(text)}`));
  if (link.at !== undefined) parts.push(`at=${link.at + 1}`);
  return parts;
}

/** What a compare link's hash asks for: each side's program (null when absent, unreadable or too long). */
export function readCompareHash(hash: Record<string, string>): {
  programs: (string | null)[];
  versions: [PythonVersion, PythonVersion] | null;
  at: number | null;
} {
  const programs = KEYS.filter((k) => k !== 'c' || hash.c !== undefined).map((k) => linkedProgram({ code: hash[k] }));
  const vs = (hash.vs ?? '').split(',');
  const versions = vs.length === 2 && vs.every(isPythonVersion) ? (vs as [PythonVersion, PythonVersion]) : null;
  const at = Number(hash.at);
  return { programs, versions, at: Number.isInteger(at) && at >= 1 ? at - 1 : null };
}
