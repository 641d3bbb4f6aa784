# unittest's skips and subtests with each verbosity: skip/skipIf/skipUnless on methods and a class,
# skipTest() inside a test and in setUp, SkipTest raised, a class skipped from setUpClass, subTest
# with a message and parameters (nested: the parameters combine), failing and erroring subtests
# each reported, a subtest in an expected failure, and the summary's "skipped=" and
# "expected failures=" counts (3.12 does not count a skipped test as run: "Ran N tests" differs).
import io
import os
import sys
import unittest


class Skips(unittest.TestCase):
    @unittest.skip('not today')
    def test_a_skip(self):
        print('not reached')

    @unittest.skipIf(sys.platform.startswith('linux') or True, 'always skipped')
    def test_b_skip_if(self):
        print('not reached')

    @unittest.skipUnless(False, 'needs a feature')
    def test_c_skip_unless(self):
        print('not reached')

    @unittest.skipIf(False, 'runs')
    def test_d_not_skipped(self):
        print('  test_d runs')

    def test_e_skip_test(self):
        print('  test_e starts')
        self.skipTest('decided inside')
        print('not reached')

    def test_f_raise(self):
        raise unittest.SkipTest('raised directly')

    @unittest.skip
    def test_g_bare_skip(self):
        print('not reached')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('not reached')

    def test_one(self):
        print('not reached')

    def test_two(self):
        print('not reached')


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no server')

    def test_never(self):
        print('not reached')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('setUp says no')

    def test_x(self):
        print('not reached')


class Subtests(unittest.TestCase):
    def test_a_numbers(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_b_nested(self):
        for name in ('alpha', 'beta'):
            with self.subTest('outer', name=name):
                for n in (1, 2):
                    with self.subTest(n=n):
                        if name == 'beta' and n == 2:
                            raise KeyError(name)
                        self.assertLess(len(name) * n, 9)

    def test_c_all_pass(self):
        for i in range(3):
            with self.subTest(i):
                self.assertGreaterEqual(i, 0)
        print('  after subtests')

    def test_d_empty_subtest(self):
        with self.subTest():
            self.fail('no description')

    @unittest.expectedFailure
    def test_e_expected(self):
        with self.subTest(case=1):
            self.assertEqual(1, 2)
        print('not reached')

    def test_f_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest(f'skip {i}')
                self.assertTrue(True)


def run(case, verbosity):
    out = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity).run(suite)
    print(out.getvalue().replace(__file__, os.path.basename(__file__)), end='')
    print('run', result.testsRun, 'skipped', [(str(t), why) for t, why in result.skipped])
    return result


for verbosity in (1, 2):
    print('== verbosity', verbosity)
    run(Skips, verbosity)
run(SkippedClass, 2)
run(SkipInSetUpClass, 2)
run(SkipInSetUp, 1)
print('== subtests')
result = run(Subtests, 2)
print([str(t) for t, _ in result.failures])
print([t.id() for t, _ in result.errors])
run(Subtests, 1)
run(Subtests, 0)


# A result class of one's own sees startTest/stopTest: 3.12 never starts a skipped test but stops it.
class Traced(unittest.TextTestResult):
    def startTest(self, test):
        print('  start', test._testMethodName)
        super().startTest(test)

    def stopTest(self, test):
        print('  stop', test._testMethodName)
        super().stopTest(test)


out = io.StringIO()
runner = unittest.TextTestRunner(stream=out, resultclass=Traced, verbosity=2, buffer=True)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(Skips))
print(out.getvalue(), end='')
print(result.testsRun, type(result).__name__)
