/** The `datetime` module against CPython 3.13 (cases/datetime_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('datetime');
