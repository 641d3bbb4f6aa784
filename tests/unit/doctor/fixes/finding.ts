import type { Finding, FindingKind } from '../../../../src/lib/doctor/types';

/** A finding as the doctor's detection would hand it over (only what the fixes read). */
export function finding(kind: FindingKind, line: number, endLine?: number): Finding {
  return { kind, line, ...(endLine === undefined ? {} : { endLine }), message: { en: '', ko: '' } };
}
