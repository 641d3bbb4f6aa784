/** base64 against CPython 3.13 on seeded vectors (cases/base64_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('base64');
