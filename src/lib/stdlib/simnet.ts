/**
 * The simulated network under the aiohttp and requests stand-ins (internal module `_simnet`).
 */
import type { Module } from '../ir/types';
import { PyModule, PyDict, native, type PyValue } from '../runtime/core';
import { toFloat, str as pyStr, setitem } from '../runtime/ops';
import type { Simulation } from '../sim/runners';

/** `_simnet`: latencies from the program's `# loopline: latency` directives, canned bodies, blocking waits. */
export function makeSimnet(sim: Simulation, program: Module): PyModule {
  const d = new Map<string, PyValue>();
  const latency = (url: string): number => {
    let best: { prefix: string; seconds: number } | null = null;
    for (const l of program.directives) if (url.startsWith(l.prefix) && (best === null || l.prefix.length > best.prefix.length)) best = l;
    return best === null ? 1.0 : best.seconds;
  };
  d.set('latency', native('latency', (args) => latency(pyStr(args[0]))));
  d.set('body', native('body', (args) => 'response from ' + pyStr(args[0])));
  d.set('json_body', native('json_body', (args) => {
    const dict = new PyDict();
    setitem(dict, 'url', pyStr(args[0]));
    return dict;
  }));
  d.set('block', native('block', (args) => {
    sim.block(toFloat(args[0]), pyStr(args[1]));
    return null;
  }));
  return new PyModule('_simnet', d);
}
