/** The `json` module against CPython 3.13 (cases/json_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('json');
