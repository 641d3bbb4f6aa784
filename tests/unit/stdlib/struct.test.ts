/** struct against CPython 3.13 on seeded vectors (cases/struct_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('struct');
