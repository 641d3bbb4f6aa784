/** The `typing` module against CPython 3.13 (cases/typing_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('typing');
