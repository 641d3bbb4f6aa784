/** pickle against CPython 3.13 on seeded vectors (cases/pickle_*.py, expected.json): bytes at every protocol and round trips. */
import { stdlibSuite } from './helpers';

stdlibSuite('pickle');
