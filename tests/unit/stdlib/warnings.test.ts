/** The `warnings` module's filter matching and registries against CPython 3.13 (cases/warnings_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('warnings');
