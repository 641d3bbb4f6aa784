/** `urllib.parse` against CPython 3.13 (cases/urllib_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('urllib');
