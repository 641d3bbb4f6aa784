/** `threading` objects against CPython 3.13 (cases/threading_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('threading');
