/** The `traceback` module against CPython 3.13 (cases/traceback_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('traceback');
