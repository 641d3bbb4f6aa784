/** How the pylib tests run CPython 3.13 (the version Loopline copies), and whether this machine has it. */
import { spawnSync } from 'node:child_process';

export const PYTHON_ENV = { ...process.env, PYENV_VERSION: '3.13.0', PYTHONHASHSEED: '0', TZ: 'UTC' };

/** Run python3 (3.13 through pyenv) with ARGS; stdout on success, else an Error with its stderr. */
export function python(args: string[], input?: string): string {
  const r = spawnSync('python3', args, {
    env: PYTHON_ENV,
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`python3 ${args.join(' ')} failed (${r.status}):\n${r.stderr || r.error}`);
  return r.stdout;
}

function version(): string | null {
  try {
    return python(['-c', 'import sys; print(*sys.version_info[:2], sep=".")']).trim();
  } catch {
    return null;
  }
}

/** Why the CPython tests cannot run here, or null when CPython 3.13 is available. */
export const noCPython: string | null =
  version() === '3.13' ? null : 'CPython 3.13 not found (PYENV_VERSION=3.13.0 python3)';
