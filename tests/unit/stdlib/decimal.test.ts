/** The `decimal` module against CPython 3.13 (cases/decimal_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('decimal');
