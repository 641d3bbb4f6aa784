/**
 * The repository's top level holds the app's parts and their configuration, nothing else: a file a
 * program wrote by relative name while it was recorded (values.pickle once) must not be committed.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The committed top-level entries: the brief's five parts, tooling folders, and configuration. */
const EXPECTED = [
  '.ci',
  '.gitignore',
  '.prettierignore',
  '.prettierrc.json',
  'README.md',
  'bin',
  'eslint.config.js',
  'knip.json',
  'package-lock.json',
  'package.json',
  'scenarios',
  'scripts',
  'src',
  'static',
  'svelte.config.js',
  'tests',
  'tsconfig.json',
  'vite.config.ts',
];

function committedTopLevel(): string[] | null {
  try {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' });
    return [
      ...new Set(
        files
          .split('\n')
          .filter(Boolean)
          .map((f) => f.split('/')[0]),
      ),
    ].sort();
  } catch {
    return null; // not a git checkout (an unpacked tarball): nothing to compare
  }
}

describe('repository layout', () => {
  it('commits only the expected top-level entries', () => {
    const top = committedTopLevel();
    if (top === null) return;
    expect(top).toEqual([...EXPECTED].sort());
  });
});
