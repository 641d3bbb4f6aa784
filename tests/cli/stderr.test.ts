/**
 * `loopline run` writes on stderr what python3 writes there for the same program (warnings with
 * their file, line and source line, asyncio's own files where CPython names them). Each program in
 * stderr/ has python3's stderr beside it per version (stderr/record.sh made them).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBundle, root } from './bundle';

beforeAll(ensureFreshBundle, 300_000);

const dir = join(root, 'tests/cli/stderr');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py'));

describe('loopline run: stderr as python3 writes it', () => {
  for (const file of programs) {
    const name = file.slice(0, -'.py'.length);
    for (const version of ['3.11', '3.12', '3.13']) {
      it(`${name}: CPython ${version}'s`, () => {
        const work = mkdtempSync(join(tmpdir(), 'loopline-stderr-'));
        copyFileSync(join(dir, file), join(work, 'main.py'));
        const r = spawnSync(process.execPath, [join(root, 'bin/loopline.js'), 'run', '--python', version, 'main.py'], {
          cwd: work,
          encoding: 'utf8',
          timeout: 60_000,
        });
        // python3 names the script by its absolute path; record.sh wrote its path as main.py.
        const stderr = r.stderr.replace(/^\[ *[\d.]+s\] /gm, '').replaceAll(join(work, 'main.py'), 'main.py');
        expect(stderr).toBe(readFileSync(join(dir, `${name}.cpython-${version}.txt`), 'utf8'));
      });
    }
  }
});
