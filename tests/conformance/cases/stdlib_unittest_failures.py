# unittest's failure messages and reports as CPython writes them: assertEqual's diffs for lists,
# tuples, dicts, sets and (multi-line) strings, long reprs shortened to "[N chars]", maxDiff's
# "Diff is N characters long", msg= with and without longMessage, the other assertions' texts,
# errors in setUp, tearDown and cleanups, a chained exception, frames of the program's helper
# functions, setUpClass failing (an ErrorHolder), expected failures and unexpected successes.
import io
import os
import unittest


def check(value):
    if value < 0:
        raise ValueError(f'negative: {value}')
    return value


def nested(value):
    return check(value) * 2


class Messages(unittest.TestCase):
    def test_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5])

    def test_tuple(self):
        self.assertEqual((1, 'a'), (1, 'a', None))

    def test_dict(self):
        self.assertEqual({'name': 'loop', 'tasks': 3, 'done': False}, {'name': 'loop', 'tasks': 4})

    def test_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_string(self):
        self.assertEqual('alpha\nbeta\ngamma\n', 'alpha\nbeta!\ngamma\ndelta\n')

    def test_one_line_string(self):
        self.assertEqual('hello world', 'hello there')

    def test_long_repr(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

    def test_long_list(self):
        self.assertEqual(list(range(60)), list(range(60)) + [60])

    def test_max_diff(self):
        self.assertEqual([str(i) * 10 for i in range(40)], [str(i) * 10 for i in range(1, 41)])

    def test_no_max_diff(self):
        self.maxDiff = None
        self.assertEqual({'k%d' % i: i for i in range(12)}, {'k%d' % i: i + (i == 7) for i in range(12)})

    def test_msg(self):
        self.assertEqual(1, 2, 'one is not two')

    def test_short_msg(self):
        self.longMessage = False
        self.assertTrue(0, 'only this')

    def test_various(self):
        checks = [
            lambda: self.assertTrue([]),
            lambda: self.assertFalse('x'),
            lambda: self.assertIs([], None),
            lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone('text'),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIn('z', 'abc'),
            lambda: self.assertNotIn(1, [1, 2]),
            lambda: self.assertIsInstance(1, str),
            lambda: self.assertNotIsInstance('s', str),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLess(2, 1),
            lambda: self.assertLessEqual(2, 1),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.1, places=3),
            lambda: self.assertAlmostEqual(10, 12, delta=1),
            lambda: self.assertNotAlmostEqual(1.0, 1.00000001),
            lambda: self.assertAlmostEqual(1, 2, places=1, delta=1),
            lambda: self.assertNotEqual(3, 3),
            lambda: self.assertCountEqual('abcc', 'abbd'),
            lambda: self.assertCountEqual([[1], [2]], [[2], [2]]),
            lambda: self.assertRegex('abc', r'\d+'),
            lambda: self.assertNotRegex('a1b', r'\d'),
            lambda: self.assertListEqual([1], (1,)),
            lambda: self.assertDictEqual([], {}),
            lambda: self.assertMultiLineEqual('a', 1),
            lambda: self.assertSequenceEqual([1, 2], [1, 3]),
            lambda: self.assertSetEqual({1}, [1]),
            lambda: self.assertRaises(ValueError, int, '1'),
            lambda: self.assertRaisesRegex(ValueError, 'xyz', int, 'q'),
            lambda: self.assertRaises('nope'),
            lambda: self.fail('explicit'),
            lambda: self.fail(),
        ]
        for i, check_one in enumerate(checks):
            try:
                check_one()
            except Exception as e:
                print(i, type(e).__name__, str(e).replace('\n', '|'))

    def test_error_in_helper(self):
        self.assertEqual(nested(-3), 6)

    def test_chained(self):
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('lookup failed') from e

    def test_context(self):
        try:
            check(-1)
        except ValueError:
            self.assertEqual(nested(2), 5)

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup still runs')
        raise OSError('no database')

    def test_never(self):
        print('not reached')


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError('teardown broke')

    def test_passes_then_teardown(self):
        self.addCleanup(lambda: 1 / 0)
        self.assertTrue(False)


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ConnectionError('server down')

    def test_skipped_by_class(self):
        print('not reached')


out = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite()
for case in (Messages, BrokenSetUp, BrokenTearDown, BrokenClass):
    suite.addTests(loader.loadTestsFromTestCase(case))
result = unittest.TextTestRunner(stream=out).run(suite)
print(out.getvalue().replace(__file__, os.path.basename(__file__)), end='')
print(result.testsRun, len(result.failures), len(result.errors), len(result.expectedFailures),
      len(result.unexpectedSuccesses))
print([str(t) for t, _ in result.errors])
