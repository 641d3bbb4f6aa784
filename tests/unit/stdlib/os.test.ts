/** The `os` module against CPython 3.13 (cases/os_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('os');
