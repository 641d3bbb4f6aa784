/** The `fractions` module against CPython 3.13 (cases/fractions_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('fractions');
