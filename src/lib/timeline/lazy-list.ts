/**
 * A long list whose items are made when first read (and kept): a 100,000-step lane's 300,000
 * segments come from the packed model's columns (unpack-model.ts) as objects only where the page
 * reads them (the segments in view, a tooltip's), instead of all at once, which would keep the
 * garbage collector busy for hundreds of milliseconds (issue 9: no main-thread task over 100 ms).
 */

import { arrayView } from '../trace/array-view';

/** An array (a Proxy over one) of `length` items; item i is `make(i)`, made at its first read. */
export function lazyList<T>(length: number, make: (i: number) => T): T[] {
  const made: (T | undefined)[] = [];
  const item = (i: number): T => {
    let v = made[i];
    if (v === undefined) v = made[i] = make(i);
    return v;
  };
  return arrayView(length, item);
}
