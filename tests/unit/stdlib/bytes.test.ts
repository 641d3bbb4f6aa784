/** bytes and bytearray methods against CPython 3.13 on seeded vectors (cases/bytes_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('bytes');
