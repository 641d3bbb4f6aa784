/** The `contextlib` module against CPython 3.13 (cases/contextlib_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('contextlib');
