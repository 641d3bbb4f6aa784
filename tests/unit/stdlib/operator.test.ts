/** The `operator` module against CPython 3.13 (cases/operator_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('operator');
