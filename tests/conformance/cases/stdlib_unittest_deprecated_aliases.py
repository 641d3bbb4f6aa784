# TestCase's old names (assertEquals, failUnless, assertRegexpMatches ...): 3.11 keeps them, each
# warning "Please use ... instead." (shown once per message under the runner), 3.12 removed them.
import io
import unittest

OLD = ['assertEquals', 'failUnless', 'assertRegexpMatches', 'assertNotEquals', 'failIf', 'assertAlmostEquals',
       'assertNotAlmostEquals', 'assert_', 'failUnlessEqual', 'failIfEqual', 'failUnlessAlmostEqual',
       'failIfAlmostEqual', 'failUnlessRaises', 'assertRaisesRegexp', 'assertNotRegexpMatches',
       'assertDictContainsSubset']
print([name for name in OLD if hasattr(unittest.TestCase, name)])
if hasattr(unittest.TestCase, 'assertEquals'):
    alias = unittest.TestCase.assertEquals
    print(alias.__name__, alias.__qualname__, alias is unittest.TestCase.failUnlessEqual,
          alias is unittest.TestCase.assertNotEquals)


class Old(unittest.TestCase):
    def test_passing(self):
        if not hasattr(self, 'assertEquals'):
            self.skipTest('no old names in this version')
        self.assertEquals(1, 1)
        self.failUnless(True)
        self.assert_(True)
        self.assertRegexpMatches('abc', 'b')
        self.assertNotEquals(1, 2)
        self.failIf(False)
        self.assertAlmostEquals(1.0, 1.0)
        self.failUnlessRaises(ValueError, int, 'x')
        with self.assertRaisesRegexp(ValueError, 'invalid'):
            int('x')
        self.assertNotRegexpMatches('abc', 'z')

    def test_failing(self):
        if not hasattr(self, 'failUnlessEqual'):
            self.skipTest('no old names in this version')
        self.failUnlessEqual(2, 3, 'two is not three')


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Old)
report = io.StringIO()
result = unittest.TextTestRunner(stream=report, verbosity=2).run(suite)
# The report without its traceback's file lines (they hold the program's path).
print('\n'.join(line for line in report.getvalue().splitlines() if not line.startswith('  File ')))
print(result.testsRun, len(result.failures), len(result.skipped))
try:
    Old('test_passing').assertEquals(1, 1)
except AttributeError as e:
    print('AttributeError', e)
