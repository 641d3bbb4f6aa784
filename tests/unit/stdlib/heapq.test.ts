/** The `heapq` module against CPython 3.13 (cases/heapq_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('heapq');
