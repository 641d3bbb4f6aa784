/** The `functools` module against CPython 3.13 (cases/functools_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('functools');
