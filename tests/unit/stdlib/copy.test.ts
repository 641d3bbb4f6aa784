/** The `copy` module against CPython 3.13 (cases/copy_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('copy');
