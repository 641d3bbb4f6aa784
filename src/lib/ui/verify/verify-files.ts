/**
 * `pyodide/verify.json`, written by scripts/vite-pyodide.ts beside Pyodide's files: the runtime's
 * files with their sizes in bytes (for the download's progress), and the recorder's Python files
 * by their path in the repository and their address relative to `pyodide/`.
 */
export interface VerifyFiles {
  runtime: Record<string, number>;
  recorder: { path: string; url: string }[];
}
