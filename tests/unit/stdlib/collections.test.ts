/** The `collections` module against CPython 3.13 (cases/collections_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('collections');
