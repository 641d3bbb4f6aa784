/**
 * The Python programs the parse tests read: the shared conformance corpus (the brief's
 * /work/shared, or the project's copy in tests/conformance/shared) and the project's own
 * recorded cases. Missing directories are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
export const CORPUS_DIRS = [
  '/work/shared/conformance/programs',
  join(here, '..', '..', 'conformance', 'shared'),
  join(here, '..', '..', 'conformance', 'cases'),
];

/** [name, source] for every `.py` file, deduplicated by name (first directory wins). */
export function corpus(): [string, string][] {
  const seen = new Map<string, string>();
  for (const dir of CORPUS_DIRS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.py'))
      .sort()) {
      if (!seen.has(f)) seen.set(f, readFileSync(join(dir, f), 'utf8'));
    }
  }
  return [...seen];
}
