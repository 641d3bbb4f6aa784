/** The `weakref` module (its referents stay alive) against CPython 3.13 (cases/weakref_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('weakref');
