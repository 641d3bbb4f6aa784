/** The `itertools` module against CPython 3.13 (cases/itertools_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('itertools');
