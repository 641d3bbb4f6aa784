/** The `pathlib` module's path arithmetic against CPython 3.13 (cases/pathlib_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('pathlib');
