/** The `contextvars` module and asyncio's contexts against CPython 3.13 (cases/contextvars_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('contextvars');
