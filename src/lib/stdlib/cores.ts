/** How many cores the simulated machine has: `os.cpu_count()`, the default executor's size, process pools. */
export const VIRTUAL_CORES = 4;
