/**
 * The simulated network under the aiohttp and requests stand-ins (internal module `_simnet`).
 */
import type { Module } from '../ir/types';
import { PyModule, PyDict, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { toFloat, str as pyStr, setitem } from '../runtime/ops';
import type { Simulation } from '../sim/runners';
import { markBlocking, waitFor, type Wait } from '../interp/threaded';

/** `_simnet`: latencies from the program's `# loopline: latency` directives, canned bodies, blocking waits. */
export function makeSimnet(sim: Simulation, program: Module): PyModule {
  const d = new Map<string, PyValue>();
  const latency = (url: string): number => {
    let best: { prefix: string; seconds: number } | null = null;
    for (const l of program.directives)
      if (url.startsWith(l.prefix) && (best === null || l.prefix.length > best.prefix.length)) best = l;
    return best === null ? 1.0 : best.seconds;
  };
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => d.set(name, defNative(name, sig, fn));
  def('latency', '(url, /)', ([url]) => latency(pyStr(url)));
  def('body', '(url, /)', ([url]) => 'response from ' + pyStr(url));
  def('json_body', '(url, /)', ([url]) => {
    const dict = new PyDict();
    setitem(dict, 'url', pyStr(url));
    return dict;
  });
  def('block', '(seconds, label, /)', ([seconds, label]) => {
    sim.block(toFloat(seconds), pyStr(label));
    return null;
  });
  // A request made in a simulated thread blocks that thread only (sim/threads.md).
  markBlocking(d.get('block') as object, function* (_self, args) {
    const deadline = sim.clock.now + toFloat(args[0]);
    yield* waitFor({ ready: () => false, deadline, what: pyStr(args[1]) } as Wait);
    return null;
  });
  return new PyModule('_simnet', d);
}
