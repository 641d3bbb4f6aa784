/** The Python parts of the `asyncio` module by CPython module name, in the order they run into its namespace. */
import events from './events.py?raw';
import locks from './locks.py?raw';
import runners from './runners.py?raw';
import timeouts from './timeouts.py?raw';
import tasks from './tasks.py?raw';
import taskStack from './task_stack.py?raw';
import taskgroups from './taskgroups.py?raw';
import py311 from './py311.py?raw';
import graph from './graph.py?raw';
import threads from './threads.py?raw';
import sockets from './sockets.py?raw';
import transports from './transports.py?raw';
import servers from './servers.py?raw';
import streams from './streams.py?raw';
import protocols from './protocols.py?raw';
import datagrams from './datagrams.py?raw';
import unix from './unix.py?raw';
import sockMethods from './sock_methods.py?raw';
import subprocesses from './subprocesses.py?raw';
import stubs from './stubs.py?raw';

export const asyncioSources = {
  events,
  locks,
  timeouts,
  tasks,
  taskStack,
  taskgroups,
  runners,
  threads,
  sockets,
  transports,
  servers,
  protocols,
  streams,
  datagrams,
  unix,
  sockMethods,
  stubs,
  // Last, and run only when a program first needs one of its names (sim/lazy-subprocesses.ts).
  subprocesses,
};

/** 3.11's asyncio where it differs from later versions (run by asyncioOverrides). */
export const asyncio311 = py311;

/** What an older CPython's asyncio does differently, run after asyncioSources, by minor version. */
export function asyncioOverrides(minor: number): string[] {
  return minor <= 11 ? [py311] : [];
}

/**
 * 3.14's asyncio.graph (call graphs of tasks), after asyncioSources and the overrides: run when a
 * program first needs one of its names (sim/lazy-graph.ts).
 */
export const asyncioGraph = graph;
