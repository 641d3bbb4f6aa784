/**
 * Which CPython a run simulates. asyncio changed between these versions (wait_for's task up to 3.11,
 * create_task(name=) spending a Task-N number up to 3.12, get_event_loop() without a loop, messages),
 * and the simulator follows the chosen version's Lib/asyncio (trace/version-changes.ts lists the
 * changes a trace can show). The default is the newest, 3.14.
 */
export type PythonVersion = '3.11' | '3.12' | '3.13' | '3.14';

export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13', '3.14'];

export const DEFAULT_PYTHON: PythonVersion = '3.14';

export function isPythonVersion(v: unknown): v is PythonVersion {
  return typeof v === 'string' && (PYTHON_VERSIONS as readonly string[]).includes(v);
}

/** The minor version number: 11 for '3.11'. */
export function minorOf(v: PythonVersion): number {
  return Number(v.split('.')[1]);
}

/** The full version each one simulates (the release its goldens were recorded with). */
export const FULL_VERSION: Readonly<Record<PythonVersion, [number, number, number]>> = {
  '3.11': [3, 11, 7],
  '3.12': [3, 12, 1],
  '3.13': [3, 13, 0],
  '3.14': [3, 14, 2],
};
