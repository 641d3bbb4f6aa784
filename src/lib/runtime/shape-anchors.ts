/**
 * One live instance of each JS class of Python objects, kept between runs. V8 gives the objects a
 * class makes a hidden class (a map), and the code it optimizes for them checks that map; a map
 * none of whose objects is alive dies at the next full collection, and every function optimized
 * against it is thrown away with it. Most of the simulator's classes have no instance left once a
 * run is over (ranges, lists, functions, tasks), so a run after a full collection (the app's next
 * run, once the browser has collected the last one) started from deoptimized code and rebuilt
 * the maps: the CPU-heavy bench program took about 5x its warm time. An instance kept here keeps
 * its class's map, and the next run's objects share it.
 *
 * The instance kept is the class's first in the latest run (simulate() calls anchorNewRun as it
 * begins and lets the previous run's instances go as it ends): nothing of a run is held once the
 * run after it has ended.
 */
let anchors = new Map<object, object>();
/** The class of the object last made: objects come in runs of one class, looked up once a run. */
let lastClass: object | null = null;

/** Keeps `o` if it is the first instance of its class (`ctor`) in this run. */
export function anchorShape(ctor: object, o: object): void {
  if (ctor === lastClass) return;
  lastClass = ctor;
  if (!anchors.has(ctor)) anchors.set(ctor, o);
}

/**
 * A run begins: its own objects are kept from now on. The previous run's stay kept (their maps
 * alive) until the caller ends this run by calling the function returned.
 */
export function anchorNewRun(): () => void {
  const previous = anchors;
  anchors = new Map();
  lastClass = null;
  return () => previous.clear();
}
