/**
 * Syntax errors an older CPython words differently at the same place: the parser finds them as
 * 3.13 words them, and each version's reading rewords them here.
 */
import type { Diagnostic } from '../ir/types';

/** [message as found, the last minor version with the older wording, its older wording]. */
const OLDER: [string, number, string][] = [
  ['parameter without a default follows parameter with a default', 11, 'non-default argument follows default argument'],
  ["Expected one or more names after 'import'", 12, 'invalid syntax'],
];

/** The diagnostic `d` as CPython 3.`minor` words it. */
export function wordedFor(d: Diagnostic, minor: number): Diagnostic {
  for (const [message, last, older] of OLDER)
    if (d.message === message && minor <= last) return { ...d, message: older };
  return d;
}
