# unittest.main as programs call it: exit=False with argv (-v, -q, -f, -k patterns, test names,
# a missing name, defaultTest), plain unittest.main() ending in SystemExit with CPython's status
# (3.11: not wasSuccessful(); 3.12 on: 0, 1, or 5 when no test ran), an unknown option's usage
# error (status 2). main writes to sys.stderr: captured here and printed. (A warning a test raises
# goes to that stderr too in python3, where the recorder records it apart: none is raised here.)
import contextlib
import io
import os
import unittest


class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_divide(self):
        self.assertEqual(7 // 2, 3.5)

    def test_multiply(self):
        self.assertEqual(6 * 7, 42)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    def test_split(self):
        self.assertEqual('a,b'.split(','), ['a', 'b'])


def main(**kwargs):
    err = io.StringIO()
    code = 'returned'
    with contextlib.redirect_stderr(err):
        try:
            program = unittest.main(**kwargs)
        except SystemExit as e:
            code = f'SystemExit({e.code!r})'
            program = None
    print(err.getvalue().replace(__file__, os.path.basename(__file__)), end='')
    print('->', code)
    if program is not None:
        r = program.result
        print('   result', r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
    print()


main(argv=['tests.py'], exit=False)
main(argv=['tests.py', '-v', 'Math.test_add', 'Strings'], exit=False)
main(argv=['tests.py', '-q'], exit=False, testLoader=unittest.TestLoader())
main(argv=['tests.py', '-f', '-v', 'Math'], exit=False)
main(argv=['tests.py', 'Nope', 'Math.test_nope'], exit=False)
main(argv=['tests.py', '-v'], defaultTest='Strings', exit=False)
main(argv=['tests.py', 'Strings'])
main()
main(argv=['tests.py', '--bogus'])
main(argv=['tests.py', '-v', '-k', 'upper', '-k', 'add'], testLoader=unittest.TestLoader())
main(argv=['tests.py', '-k', 'zzz'], testLoader=unittest.TestLoader())
main(argv=['tests.py', '-k', 'zzz'], exit=False, testLoader=unittest.TestLoader())
