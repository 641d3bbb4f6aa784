import type { Finding, Said } from '../types';

/** A fix for one kind of finding: the whole rewritten program, or null when it can't be fixed safely. */
export interface Rewrite {
  /** What the fix does, for the fix's title. */
  title: Said;
  rewrite: (source: string, finding: Finding) => string | null;
}
