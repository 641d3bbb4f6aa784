/** The `sys` module against CPython 3.13 (cases/sys_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('sys');
