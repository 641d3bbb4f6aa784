/** The `enum` module against CPython 3.13 (cases/enum_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('enum');
