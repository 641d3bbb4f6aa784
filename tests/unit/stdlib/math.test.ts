/** The `math` module against CPython 3.13 (cases/math_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('math');
