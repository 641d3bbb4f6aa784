/**
 * os._exit(status): the process ends where it is, with that status. Thrown as no Python exception
 * (`except` and `finally` never see it), as CPython's _exit skips them, atexit and the shutdown.
 */
export class ProcessExit {
  constructor(public readonly status: number) {}
}
