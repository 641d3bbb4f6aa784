# The assertions 3.14 adds to TestCase (assertIsSubclass, assertHasAttr, assertStartsWith, assertEndsWith
# and their negations, with their messages and type checks) and 3.14's wording of assertIsInstance with a
# tuple; before 3.14 the methods do not exist (AttributeError) and the old wording stays.
import unittest


class T(unittest.TestCase):
    pass


t = T()
checks = [
    lambda: t.assertIsSubclass(bool, int),
    lambda: t.assertIsSubclass(int, str),
    lambda: t.assertIsSubclass(int, (str, bytes)),
    lambda: t.assertIsSubclass(1, int),
    lambda: t.assertNotIsSubclass(bool, (str, int)),
    lambda: t.assertHasAttr(t, 'nope'),
    lambda: t.assertHasAttr(T, 'nope'),
    lambda: t.assertHasAttr(unittest, 'nope'),
    lambda: t.assertNotHasAttr(t, 'id'),
    lambda: t.assertStartsWith('hello', 'he'),
    lambda: t.assertStartsWith('hello', 'lo'),
    lambda: t.assertStartsWith('hello', ('x', 'y')),
    lambda: t.assertStartsWith(b'hello', 'h'),
    lambda: t.assertStartsWith(5, 'h'),
    lambda: t.assertNotStartsWith('hello', ('x', 'he')),
    lambda: t.assertEndsWith('hello', 'x', 'custom'),
    lambda: t.assertNotEndsWith('hello' * 30, 'lo'),
    lambda: t.assertIsInstance(1, (str, bytes)),
    lambda: t.assertNotIsInstance(1, (str, int)),
]
for i, c in enumerate(checks):
    try:
        c()
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__, e)
