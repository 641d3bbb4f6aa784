/**
 * `__module__` of asyncio's functions as CPython's: each is defined in one of the package's
 * submodules (`asyncio.sleep.__module__` is 'asyncio.tasks', `asyncio.Lock.acquire`'s
 * 'asyncio.locks'), where Loopline's library runs them all in the package's own namespace. A native
 * CPython writes in Python becomes the function it stands for (sim/asyncio-functions.ts).
 */
import { PyClass, PyNativeFunction, type PyValue } from '../runtime/core';
import { PyFunction } from '../interp/function';
import { asyncioModuleOf } from './callback-source';
import { asyncioFunction, recordedFunction } from './asyncio-functions';
import { showCodeAs } from '../interp/frame-objects';

/** Gives the package's functions (and its classes' methods) the modules CPython's have. */
export function placeAsyncioFunctions(ns: Map<string, PyValue>): void {
  for (const [k, v] of ns) {
    if (v instanceof PyFunction) {
      const home = v.module === 'asyncio' ? asyncioModuleOf(v.qualname) : undefined;
      if (home !== undefined) v.setAttr('__module__', home);
      const found = home !== undefined && k === v.qualname ? recordedFunction(v.qualname) : undefined;
      if (found !== undefined) showCodeAs(v.code, found.place);
    } else if (v instanceof PyNativeFunction) {
      const home = asyncioModuleOf(v.qualname);
      if (home !== undefined) v.module = home;
      if (v.self === undefined && k === v.name) ns.set(k, asyncioFunction(v));
    } else if (v instanceof PyClass && v.module.startsWith('asyncio.')) {
      for (const m of v.dict?.values() ?? [])
        if (m instanceof PyFunction && m.module === 'asyncio') m.setAttr('__module__', v.module);
    }
  }
}
