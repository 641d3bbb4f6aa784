/** The `string` module against CPython 3.13 (cases/string_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('string');
