/**
 * The CLI tests run the prebuilt bundle, as a user does after `npm install`: when the sources changed
 * since it was built (someone is editing src), it is rebuilt first, else bin/loopline.js would run the
 * sources through tsx instead and the bundle would go untested.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshBundle } from '../../bin/bundle.js';

export const root = join(import.meta.dirname, '..', '..');

/** Builds dist/cli/ when it is missing or stale; throws when the build fails or leaves it stale. */
export function ensureFreshBundle(): void {
  const rootUrl = pathToFileURL(root + '/');
  if (freshBundle(rootUrl)) return;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-cli.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`scripts/build-cli.ts failed:\n${r.stderr}`);
  if (!freshBundle(rootUrl)) throw new Error('dist/cli is still stale after scripts/build-cli.ts');
}
