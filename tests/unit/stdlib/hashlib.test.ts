/** hashlib against CPython 3.13 on seeded vectors (cases/hashlib_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('hashlib');
