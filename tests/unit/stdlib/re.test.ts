/** The `re` module against CPython 3.13 (cases/re_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('re');
