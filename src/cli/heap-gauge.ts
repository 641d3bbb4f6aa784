/**
 * V8's reading of this thread's heap, which the CLI's runs are stopped by before Node itself runs
 * out of memory (interp/state.ts): a program whose data keeps growing gets a located limit message
 * instead of Node's "JavaScript heap out of memory" minutes later.
 */
import { getHeapStatistics } from 'node:v8';
import type { HeapGauge } from '../lib/interp/state';

export function nodeHeapGauge(): HeapGauge {
  return { used: () => getHeapStatistics().used_heap_size, limit: getHeapStatistics().heap_size_limit };
}
