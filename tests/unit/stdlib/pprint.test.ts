/** The `pprint` module against CPython 3.13 (cases/pprint_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('pprint');
