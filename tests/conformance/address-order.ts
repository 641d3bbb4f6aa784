/**
 * Goldens whose order follows memory addresses on some version: iterating a set of tasks (hashed by
 * address) gives CPython's allocation order of that build, which the simulator does not model
 * (tests/recorder/README.md, "Not covered"). Such a golden is not compared on that version.
 */
export const ADDRESS_ORDER: Readonly<Record<string, readonly string[]>> = {
  // `{asyncio.create_task(...) for ...}` then `[await t for t in tasks]`
  'generators_comprehension_frames.py': ['3.11', '3.12'],
};
