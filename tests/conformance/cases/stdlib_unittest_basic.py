# unittest's TestCase run by a TextTestRunner into a StringIO: setUpClass/tearDownClass, setUp,
# tearDown and addCleanup in CPython's order, the loader's sorted test names, the verbose lines,
# passing assertions of every kind, the FAIL/ERROR reports with the program's frames only, and the
# summary. "Ran N tests in T" is the virtual clock's time (0.000s: nothing waits).
import io
import os
import unittest


def report(stream):
    print(stream.getvalue().replace(__file__, os.path.basename(__file__)), end='')


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        print('setUpClass', cls.__name__)
        cls.addClassCleanup(print, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.__name__)

    def setUp(self):
        print('  setUp', self._testMethodName)
        self.addCleanup(print, '  cleanup 1', self._testMethodName)
        self.addCleanup(print, '  cleanup 2', self._testMethodName)

    def tearDown(self):
        print('  tearDown', self._testMethodName)

    def test_b_passes(self):
        """Checks the basics.

        More text that is not shown."""
        self.assertEqual(1 + 1, 2)
        self.assertNotEqual('a', 'b')
        self.assertTrue([0])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn('b', 'abc')
        self.assertNotIn(4, {1: 2})
        self.assertIsInstance(True, int)
        self.assertNotIsInstance(1, str)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(10, 10.4, delta=0.5)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertCountEqual([1, 2, 2, 'x'], ['x', 2, 1, 2])
        self.assertCountEqual([{1: 2}, [3]], [[3], {1: 2}])
        self.assertRegex('hello world', r'w.r')
        self.assertNotRegex('hello', r'\d')
        self.assertListEqual([1, [2]], [1, [2]])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, frozenset({2, 1}))
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertMultiLineEqual('a\nb', 'a\nb')

    def test_a_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print('  caught', type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
        with self.assertRaisesRegex(ValueError, r'bad \w+'):
            int('bad value')
        self.assertRaises(KeyError, {}.__getitem__, 'x')
        self.assertRaisesRegex(TypeError, 'unsupported', lambda: 1 + 'a')
        with self.assertRaises((KeyError, IndexError)):
            [][1]

    def test_c_fails(self):
        self.assertEqual(3 * 3, 10)

    def test_d_error(self):
        data = {'a': 1}
        return data['b']

    def helper(self):
        pass


class Second(unittest.TestCase):
    def runTest(self):
        print('  Second.runTest runs')

    def test_one(self):
        self.assertTrue(True)


out = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
report(out)
print(result)
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors))
print([str(t) for t, _ in result.failures], [t.id() for t, _ in result.errors])
print(repr(Fixtures('test_c_fails')), Fixtures('test_b_passes').shortDescription())

# The default verbosity: a dot per test.
out = io.StringIO()
suite = unittest.TestSuite()
suite.addTest(Second('test_one'))
suite.addTests([Second()])
print(suite.countTestCases())
unittest.TextTestRunner(stream=out).run(suite)
report(out)

# Quiet: nothing but the summary.
out = io.StringIO()
unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.TestLoader().loadTestsFromTestCase(Second))
report(out)

# A TestResult of one's own, run directly.
result = unittest.TestResult()
Fixtures('test_c_fails').run(result)
print(result, result.failures[0][1].splitlines()[-1])
try:
    Fixtures('test_nope')
except ValueError as e:
    print('ValueError:', e)
print(unittest.FunctionTestCase(lambda: None))
