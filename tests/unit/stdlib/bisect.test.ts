/** The `bisect` module against CPython 3.13 (cases/bisect_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('bisect');
