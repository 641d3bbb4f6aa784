# unittest.main's exit status per version: a run whose only test is skipped (3.12: no test ran,
# status 5; 3.13 on: 0; 3.11: False), a module with no tests, a failing and a passing run; a
# runner class without the newer keyword arguments; defaultTest as a name and as a list.
import sys
import os
import types
import unittest


class Skipped(unittest.TestCase):
    @unittest.skip('not today')
    def test_a(self):
        pass


class Passing(unittest.TestCase):
    def test_ok(self):
        print('passing ran')


class Failing(unittest.TestCase):
    def test_bad(self):
        self.assertIn(3, [1, 2])


class OldRunner:
    def __init__(self, verbosity=1, failfast=False, buffer=False, warnings=None):
        print('OldRunner', verbosity, failfast, buffer, warnings)

    def run(self, test):
        result = unittest.TestResult()
        test(result)
        print('OldRunner ran', result.testsRun)
        return result


class BareRunner:
    def __init__(self):
        print('BareRunner')

    def run(self, test):
        result = unittest.TestResult()
        test(result)
        return result


class Out:
    # stdout, with this file's path shortened (the traceback names it).
    def write(self, text):
        sys.stdout.write(text.replace(__file__, os.path.basename(__file__)))

    def flush(self):
        sys.stdout.flush()


def main(label, **kwargs):
    try:
        program = unittest.main(argv=['prog'], **kwargs)
    except SystemExit as e:
        print(label, 'exit', repr(e.code))
    else:
        print(label, 'returned', program.result.wasSuccessful())


main('skipped', defaultTest='Skipped', testRunner=unittest.TextTestRunner(stream=sys.stdout))
empty = types.ModuleType('empty')
main('empty', module=empty, testRunner=unittest.TextTestRunner(stream=sys.stdout))
main('failing', defaultTest=['Failing'], testRunner=unittest.TextTestRunner(stream=Out(), verbosity=2))
main('passing', defaultTest='Passing.test_ok', testRunner=unittest.TextTestRunner(stream=sys.stdout))
main('old runner', defaultTest='Passing', testRunner=OldRunner)
main('bare runner', defaultTest='Passing', testRunner=BareRunner, exit=False)
