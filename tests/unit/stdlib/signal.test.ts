/** The `signal` module and loop.add_signal_handler against CPython 3.13 (cases/signal_*.py, expected.json). */
import { stdlibSuite } from './helpers';

stdlibSuite('signal');
