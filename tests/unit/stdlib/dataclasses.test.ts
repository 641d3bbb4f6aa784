/** The `dataclasses` module against CPython 3.13 (cases/dataclasses_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('dataclasses');
