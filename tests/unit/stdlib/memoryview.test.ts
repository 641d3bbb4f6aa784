/** memoryview against CPython 3.13 on seeded vectors (cases/memoryview_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('memoryview');
