/** The `textwrap` module against CPython 3.13 (cases/textwrap_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('textwrap');
