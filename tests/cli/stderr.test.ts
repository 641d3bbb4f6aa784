/**
 * `loopline run` writes on stderr what python3 writes there for the same program (warnings with
 * their file, line and source line, asyncio's own files where CPython names them). Each program in
 * stderr/ has python3's stderr beside it per version (stderr/record.sh made them).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBundle, root } from './bundle';
import { pythonFixtures } from '../support/python-fixtures';

beforeAll(ensureFreshBundle, 300_000);

describe('loopline run: stderr as python3 writes it', () => {
  for (const f of pythonFixtures(new URL('./stderr/', import.meta.url)))
    it(`${f.name}: CPython ${f.version}'s`, () => {
      const work = mkdtempSync(join(tmpdir(), 'loopline-stderr-'));
      writeFileSync(join(work, 'main.py'), f.program);
      const r = spawnSync(process.execPath, [join(root, 'bin/loopline.js'), 'run', '--python', f.version, 'main.py'], {
        cwd: work,
        encoding: 'utf8',
        timeout: 60_000,
      });
      // python3 names the script by its absolute path; record.sh wrote its path as main.py.
      const stderr = r.stderr.replace(/^\[ *[\d.]+s\] /gm, '').replaceAll(join(work, 'main.py'), 'main.py');
      expect(stderr).toBe(f.expected());
    });
});
