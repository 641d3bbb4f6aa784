/** The `statistics` module against CPython 3.13 (cases/statistics_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('statistics');
