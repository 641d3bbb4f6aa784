/** The `uuid` module against CPython 3.13 (cases/uuid_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('uuid');
