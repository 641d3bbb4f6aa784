# unittest's loader and suites beyond the basics: loadTestsFromName(s) for a class, a method, a
# module-level suite factory and a missing name (a _FailedTest whose run reports the AttributeError),
# getTestCaseNames with a prefix, a reversed sort and -k style name patterns, load_tests in a module,
# TestSuite's equality, repr, countTestCases after a run, addTest's refusals; FunctionTestCase's
# id/str/eq/hash/shortDescription; setUpClass failing with class cleanups, and setUpModule failing
# with a module cleanup that raises; TestResult's repr and a suite's debug().
import functools
import os
import io
import sys
import types
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 3


class Beta(unittest.TestCase):
    def test_one(self):
        """First line of the doc.

        More.
        """

    def test_two(self):
        self.fail('two failed')


def make_suite():
    return unittest.TestSuite([Beta('test_one')])


def make_case():
    return Beta('test_two')


def not_a_test():
    return 42


def show(label, suite):
    print(label, suite.countTestCases(), [t.id() for t in iter_tests(suite)])


def iter_tests(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from iter_tests(t)
        else:
            yield t


def run(suite, verbosity=1):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = stream.getvalue()
    print(text.replace(__file__, os.path.basename(__file__)))
    return result


main = sys.modules['__main__']
loader = unittest.TestLoader()
show('class', loader.loadTestsFromName('Alpha', main))
show('method', loader.loadTestsFromName('Alpha.test_a', main))
show('factory', loader.loadTestsFromName('make_suite', main))
show('factory case', loader.loadTestsFromName('make_case', main))
show('names', loader.loadTestsFromNames(['Alpha.test_b', 'Beta'], main))
missing = loader.loadTestsFromName('Gamma', main)
print('errors', len(loader.errors), loader.errors[0].splitlines()[0], loader.errors[0].splitlines()[-1])
print(type(list(missing)[0]).__name__, list(missing)[0].id())
r = run(missing)
print(r.testsRun, len(r.errors))
for bad in ['not_a_test', 'functools']:
    try:
        loader.loadTestsFromName(bad, main)
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])
    else:
        print('loaded', bad)

print(loader.getTestCaseNames(Alpha))
loader2 = unittest.TestLoader()
loader2.testMethodPrefix = 'check'
print(loader2.getTestCaseNames(Alpha))
loader2.testMethodPrefix = 'test'
loader2.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader2.getTestCaseNames(Alpha))
loader2.sortTestMethodsUsing = None
loader2.testNamePatterns = ['*_a*', '*Beta.test_t*']
print(loader2.getTestCaseNames(Alpha), loader2.getTestCaseNames(Beta))

mod = types.ModuleType('fake_tests')
mod.Alpha = Alpha
mod.TestCase = unittest.TestCase


def load_tests(loader, tests, pattern):
    print('load_tests', type(loader).__name__, tests.countTestCases(), pattern)
    tests.addTest(Beta('test_one'))
    return tests


print(loader.loadTestsFromModule(mod).countTestCases())
mod.load_tests = load_tests
print(loader.loadTestsFromModule(mod, pattern='p*').countTestCases())

s1 = unittest.TestSuite([Alpha('test_a'), Alpha('test_b')])
s2 = unittest.TestSuite([Alpha('test_a'), Alpha('test_b')])
print(s1 == s2, s1 == unittest.TestSuite([Alpha('test_a')]), s1 != s2, s1 == 5)
print(repr(unittest.TestSuite([Alpha('test_a')])))
print(repr(unittest.BaseTestSuite()))
nested = unittest.TestSuite([s1, Beta('test_two')])
print(nested.countTestCases())
r = run(nested)
print(nested.countTestCases(), list(nested)[1], r)
for bad in [3, Alpha, unittest.TestSuite]:
    try:
        unittest.TestSuite().addTest(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print('TypeError', e)
unittest.TestSuite([Alpha('test_a')]).debug()
try:
    unittest.TestSuite([Beta('test_two')]).debug()
except AssertionError as e:
    print('debug raised', e)


def f_test():
    """Function doc line.

    Rest."""
    print('f_test ran')


def f_setup():
    print('f_setup')


def f_teardown():
    print('f_teardown')


ft = unittest.FunctionTestCase(f_test, setUp=f_setup, tearDown=f_teardown)
ft2 = unittest.FunctionTestCase(f_test, setUp=f_setup, tearDown=f_teardown)
ft3 = unittest.FunctionTestCase(f_test, description='described')
print(ft.id(), str(ft), ft == ft2, ft == ft3, ft == 1, hash(ft) == hash(ft2))
print(ft.shortDescription(), ft3.shortDescription(), repr(ft).startswith('<unittest.case.FunctionTestCase tec=<function f_test'))
run(unittest.TestSuite([ft, ft3]), verbosity=2)


class ClassFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup 1')
        cls.addClassCleanup(cls.bad_cleanup)
        raise ValueError('setUpClass broke')

    @classmethod
    def bad_cleanup(cls):
        raise KeyError('cleanup broke')

    def test_never(self):
        print('never runs')


class ClassSkips(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('whole class skipped')

    def test_never(self):
        print('never runs')


r = run(loader.loadTestsFromTestCase(ClassFails))
print(r, [t.id() for t, _ in r.errors], ClassFails._classSetupFailed)
r = run(loader.loadTestsFromTestCase(ClassSkips), verbosity=2)
print(r, r.skipped)

broken = types.ModuleType('broken_mod')


def broken_setup():
    unittest.addModuleCleanup(print, 'module cleanup ran')
    unittest.addModuleCleanup(broken_cleanup)
    raise RuntimeError('setUpModule broke')


def broken_cleanup():
    raise OSError('module cleanup broke')


broken.setUpModule = broken_setup
sys.modules['broken_mod'] = broken
InBroken = type('InBroken', (unittest.TestCase,), {'test_x': lambda self: print('never'), '__module__': 'broken_mod'})
r = run(loader.loadTestsFromTestCase(InBroken))
print(r, [t.id() for t, _ in r.errors])
unittest.addModuleCleanup(print, 'cleanup A')
unittest.addModuleCleanup(lambda: 1 / 0)
unittest.addModuleCleanup(print, 'cleanup B')
try:
    unittest.doModuleCleanups()
except ZeroDivisionError as e:
    print('doModuleCleanups raised', e)
res = unittest.TestResult()
print(repr(res).startswith('<unittest.result.TestResult run=0 errors=0 failures=0>'), res.wasSuccessful())
