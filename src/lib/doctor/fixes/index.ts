/** The doctor's fixes, one per kind of finding that has one. */
import type { FindingKind } from '../types';
import type { Rewrite } from './types';
import { blockingCall } from './blocking-call';
import { neverAwaited } from './never-awaited';
import { sequentialAwaits } from './sequential-awaits';
import { unboundedFanOut } from './unbounded-fan-out';
import { droppedTask } from './dropped-task';
import { exceptionNeverRetrieved } from './exception-never-retrieved';

export type { Rewrite } from './types';

export const FIXES: Partial<Record<FindingKind, Rewrite>> = {
  'blocking-call': blockingCall,
  'never-awaited': neverAwaited,
  'sequential-awaits': sequentialAwaits,
  'unbounded-fan-out': unboundedFanOut,
  'dropped-task': droppedTask,
  'exception-never-retrieved': exceptionNeverRetrieved,
};
