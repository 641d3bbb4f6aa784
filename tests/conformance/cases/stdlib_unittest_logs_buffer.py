# unittest beyond the basics: assertLogs/assertNoLogs (their failures come out of _log.py, whose
# frames CPython shows), assertWarns/assertWarnsRegex, enterContext, buffer=True (a failing
# test's output under Stdout:/Stderr:), durations (3.12 on: every test at 0.000s on the virtual
# clock, in the order run), a tearDownClass error, setUpModule/tearDownModule with a module
# cleanup, failfast, FunctionTestCase, countTestCases, TestCase.debug() and the reprs.
import io
import logging
import os
import re
import sys
import unittest
import warnings


def setUpModule():
    print('setUpModule')
    unittest.addModuleCleanup(print, 'module cleanup')


def tearDownModule():
    print('tearDownModule')


class Logs(unittest.TestCase):
    def test_a_logs(self):
        with self.assertLogs('app', level='INFO') as cm:
            logging.getLogger('app').info('started %d', 3)
            logging.getLogger('app.db').warning('slow query')
            logging.getLogger('app').debug('hidden')
        print(cm.output)
        print([r.getMessage() for r in cm.records])

    def test_b_no_logs(self):
        with self.assertNoLogs('quiet'):
            pass
        with self.assertLogs() as cm:
            logging.error('root error')
        print(cm.output)

    def test_c_logs_fail(self):
        with self.assertLogs('app', level='ERROR'):
            logging.getLogger('app').info('not enough')

    def test_d_no_logs_fail(self):
        with self.assertNoLogs('app'):
            logging.getLogger('app').warning('oops')

    def test_e_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('old thing', DeprecationWarning)
        print(type(cm.warning).__name__, cm.warning, os.path.basename(cm.filename), cm.lineno)
        with self.assertWarnsRegex(UserWarning, r'th\w+g'):
            warnings.warn('something')
        self.assertWarns(RuntimeWarning, warnings.warn, 'x', RuntimeWarning)

    def test_f_warns_fail(self):
        with self.assertWarns(UserWarning):
            pass

    def test_g_context(self):
        class CM:
            def __enter__(self):
                print('  enter')
                return 'value'

            def __exit__(self, *a):
                print('  exit', a)
        print(self.enterContext(CM()))

    def test_h_describe(self):
        """First line of the doc.

        Second paragraph."""
        print('  buffered output')
        self.fail('with output')


class Durations(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError('tearDownClass broke')

    def test_one(self):
        print('  out from test_one')
        sys.stderr.write('  err from test_one\n')


def report(out):
    text = out.getvalue().replace(__file__, os.path.basename(__file__))
    # Each machine has its own folder of the library: its files are named from their package on.
    print(re.sub(r'File "[^"]*/(unittest/\w+\.py)"', r'File "\1"', text), end='')


out = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Logs), loader.loadTestsFromTestCase(Durations)])
kwargs = {'durations': 0} if sys.version_info >= (3, 12) else {}
result = unittest.TextTestRunner(stream=out, verbosity=2, buffer=True, **kwargs).run(suite)
report(out)

out = io.StringIO()
suite = loader.loadTestsFromTestCase(Logs)
result = unittest.TextTestRunner(stream=out, failfast=True).run(suite)
report(out)
print(result.shouldStop, result.testsRun)

def ft():
    """A function test."""
    print('  function test runs')

out = io.StringIO()
unittest.TextTestRunner(stream=out, verbosity=2).run(unittest.FunctionTestCase(ft, setUp=lambda: print('  fsetUp')))
print(out.getvalue(), end='')
print(unittest.TestSuite([Logs('test_a_logs'), unittest.TestSuite([Logs('test_b_no_logs')])]).countTestCases())
print(repr(unittest.TestSuite([Logs('test_a_logs')])))
t = Logs('test_g_context')
t.debug()
print(unittest.TestResult())
print(unittest.TextTestResult)
