/** `argparse` against CPython 3.13 (cases/argparse_*.py, expected.json): subcommands, mutually exclusive groups, usage, help and errors. */
import { stdlibSuite } from './helpers';

stdlibSuite('argparse');
