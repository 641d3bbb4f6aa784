/** The `logging` module against CPython 3.13 (cases/logging_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('logging');
