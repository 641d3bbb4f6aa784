// Where the prebuilt CLI is (scripts/build-cli.ts writes dist/cli/), and whether it is still what the
// sources say: a bundle older than any source it was made from is never run (someone is editing src).
import { readFileSync, statSync } from 'node:fs';

/**
 * The URL of dist/cli/main.js under `root` (a file: URL ending in '/') when it was built after the
 * last change to every source it was made from; null when it is missing, half-written or stale.
 */
export function freshBundle(root) {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL('dist/cli/manifest.json', root), 'utf8'));
    for (const f of inputs) if (statSync(new URL(f, root)).mtimeMs > builtAt) return null;
    return new URL('dist/cli/main.js', root);
  } catch {
    return null;
  }
}
