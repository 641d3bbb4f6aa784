/** The `abc` and `collections.abc` modules against CPython 3.13 (cases/abc_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('abc');
