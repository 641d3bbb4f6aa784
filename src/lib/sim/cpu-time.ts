/**
 * The CPU-time model (threads.md): every operation the interpreter counts (a loop iteration, a
 * call) is this much CPU time. It decides when a thread's slice of the GIL is over, and, in a
 * program with processes, how long CPU work takes on the clock.
 */
export const CPU_SECONDS_PER_OP = 1e-7;

/** `sys.getswitchinterval()`'s default: a thread holds the GIL this long before handing it over. */
export const DEFAULT_SWITCH_INTERVAL = 0.005;
