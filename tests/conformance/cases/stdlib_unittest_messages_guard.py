# unittest assertion messages the other cases do not reach: assertRaises/assertWarns given a
# callable (named in "not raised by"), a bad keyword, a non-exception type, a regex that does not
# match; assertSetEqual on a non-set and an unhashable; assertSequenceEqual's extra elements,
# unindexable items and its seq_type check; long reprs shortened; assertCountEqual with unhashables;
# assertAlmostEqual given both delta and places; longMessage off; the addType* hook; subTest params.
import unittest
import os
import warnings


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        raise TypeError('no indexing')

    def __eq__(self, other):
        return False

    def __repr__(self):
        return 'Seq()'


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')
    else:
        print(f'{label}: passed')


def quiet():
    return 1


def warner():
    warnings.warn('a deprecated thing', DeprecationWarning)


check('raises callable', t.assertRaises, ValueError, quiet)
check('raises callable ok', t.assertRaises, ZeroDivisionError, lambda: 1 / 0)
check('raises tuple', t.assertRaises, (KeyError, IndexError), quiet)
check('raises bad kw', t.assertRaises, ValueError, foo=1)
check('raises not type', t.assertRaises, 'ValueError')
check('raises regex callable', t.assertRaisesRegex, ValueError, 'abc', int, 'xyz')
with t.assertRaises(KeyError, msg='custom') as cm:
    {}['k']
print('caught', repr(cm.exception), cm.exception.__traceback__)
check('raises msg', lambda: t.assertRaises(KeyError, msg='custom').__enter__().__exit__(None, None, None))
check('raises other', t.assertRaises, KeyError, int, 'x')
check('warns callable', t.assertWarns, UserWarning, quiet)
check('warns callable ok', t.assertWarns, DeprecationWarning, warner)
check('warns regex', t.assertWarnsRegex, DeprecationWarning, 'nothing', warner)
check('warns not type', t.assertWarns, ValueError)
check('set type', t.assertSetEqual, {1}, [1])
check('set first', t.assertSetEqual, 3, {1})
check('set second', t.assertSetEqual, {1}, 3)
check('set diff', t.assertSetEqual, {1, 2}, {2, 3})
check('frozenset', t.assertEqual, frozenset({1}), frozenset({4}))
check('seq extra first', t.assertSequenceEqual, [1, 2, 3], [1])
check('seq extra second', t.assertSequenceEqual, (1,), (1, 2, 3))
check('seq unindexable', t.assertSequenceEqual, Seq(), [1, 2])
check('seq no len', t.assertSequenceEqual, 5, [1])
check('seq second no len', t.assertSequenceEqual, [1], 5)
check('seq type', t.assertSequenceEqual, [1], (1,), seq_type=tuple)
check('seq type 2', t.assertSequenceEqual, (1,), [1], seq_type=tuple)
check('seq same diff types', t.assertSequenceEqual, [1, 2], (1, 2))
check('list', t.assertListEqual, [1, 2], [1, 3])
check('tuple', t.assertTupleEqual, (1, 2), [1, 2])
check('long eq', t.assertEqual, 'x' * 100 + 'a', 'x' * 100 + 'b')
check('long eq lists', t.assertEqual, list(range(40)), list(range(39)) + [99])
check('long eq tail', t.assertEqual, ('y' * 30 + 'p' * 60), ('y' * 30 + 'q' * 60))
check('count', t.assertCountEqual, [[1], [2], [2]], [[2], [3]])
check('count hashable', t.assertCountEqual, 'aab', 'abc')
check('almost both', t.assertAlmostEqual, 1, 2, places=1, delta=1)
check('not almost both', t.assertNotAlmostEqual, 1, 2, places=1, delta=1)
check('almost delta', t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
check('not almost delta', t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
check('not almost places', t.assertNotAlmostEqual, 1.0, 1.00000001)
check('dict type', t.assertDictEqual, {}, [])
check('dict', t.assertDictEqual, {'a': 1, 'b': [1, 2]}, {'a': 2, 'b': [1, 2]})
check('multiline type', t.assertMultiLineEqual, 'a', b'a')
check('multiline', t.assertMultiLineEqual, 'one\ntwo\nthree', 'one\n2\nthree\n')
check('multiline empty', t.assertMultiLineEqual, '', 'x')
check('is', t.assertIs, [], [])
check('isnot', t.assertIsNot, None, None)
check('isnone', t.assertIsNone, 0)
check('isnotnone', t.assertIsNotNone, None)
check('in', t.assertIn, 4, [1, 2])
check('notin', t.assertNotIn, 1, [1, 2])
check('less', t.assertLess, 3, 2)
check('lesseq', t.assertLessEqual, 3, 2)
check('greater', t.assertGreater, 1, 2)
check('greatereq', t.assertGreaterEqual, 1, 2)
check('true', t.assertTrue, [])
check('false', t.assertFalse, [0])
check('noteq', t.assertNotEqual, 1, 1.0)
check('regex', t.assertRegex, 'abc', 'x+')
check('regex empty', t.assertRegex, 'abc', '')
check('notregex', t.assertNotRegex, 'abcabc', 'b+c')
check('isinstance', t.assertIsInstance, 1, str)
check('notisinstance', t.assertNotIsInstance, 1, int)
t.longMessage = False
check('short msg', t.assertEqual, 1, 2, 'mine')
check('short msg none', t.assertEqual, 1, 2)
t.longMessage = True
check('long msg', t.assertEqual, 1, 2, 'mine')
t.maxDiff = 10
check('maxdiff', t.assertListEqual, [1, 2, 3], [1, 2, 4])
t.maxDiff = None
check('maxdiff none', t.assertListEqual, [1, 2, 3], [1, 2, 4])


class Box:
    def __init__(self, v):
        self.v = v


def box_equal(a, b, msg=None):
    if a.v != b.v:
        raise t.failureException(msg or f'boxes differ: {a.v} != {b.v}')


t.addTypeEqualityFunc(Box, box_equal)
check('box', t.assertEqual, Box(1), Box(2))
check('box same', t.assertEqual, Box(1), Box(1))
check('fail', t.fail)
check('skipTest', t.skipTest, 'why')
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(T() == T(), hash(T()) == hash(T()), T() == 1)
try:
    T('nope')
except ValueError as e:
    print('ValueError', e)


class Sub(unittest.TestCase):
    def test_params(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2, a=3):
                self.assertEqual(1, 2)
        with self.subTest():
            raise KeyError('k')
        for i in range(2):
            with self.subTest(i=i):
                self.assertTrue(i)


import io

stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite([Sub('test_params')]))
print(stream.getvalue().replace(__file__, os.path.basename(__file__)))
