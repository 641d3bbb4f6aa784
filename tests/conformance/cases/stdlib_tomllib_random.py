# Property vectors for tomllib: seeded random documents built from TOML pieces, valid and not
# (bare/quoted/dotted keys, every kind of value with its near misses, table and array-of-table
# headers that may clash, inline tables and arrays across lines, comments, stray characters); each
# prints what loads() gives or the error's message with its line and column.
import random
import tomllib

random.seed(1311)
GOOD_KEYS = ['a', 'b', 'a.b', 'b.c', 'a.b.c', '"q k"', "'lit'", 'x-y_1', '1', 'a . b', '"a".b']
BAD_KEYS = ['', '=', 'a..b', '"a', 'a b']
GOOD_VALUES = [
    '1', '-0', '+17', '1_000', '0xff', '0o17', '0b11', '3.5', '-0.0', '1e3', '6.02E+23', 'inf', '-nan',
    'true', 'false', '"s"', "'l'", '"a\\tb\\u00e9"', "\'\'\'m\nl\'\'\'", '"""a\\\n   b"""', '"""q""""',
    '1979-05-27', '1979-05-27T07:32:00Z', '1979-05-27 07:32:00.25', '1979-05-27T07:32:00-08:30', '07:32:00',
    '[]', '[1, 2]', '[1, "a", [2]]', '[\n 1, # c\n 2,\n]', '{}', '{ x = 1 }', '{ x = 1, y.z = [2] }',
    '[{a = 1}, {b = 2}]',
]
BAD_VALUES = [
    '01', '1__2', '0x', '1.', '.5', 'tru', '"\\x"', '"open', '2023-02-29', '7:32:00', '24:00:00', '[1 2]',
    '[1,]', '{x=1,x=2}', '{ x = 1, }', '{\nx = 1}', 'nope', '',
]
GOOD_HEADERS = ['[a]', '[b]', '[a.b]', '[a.c]', '[[a]]', '[[b]]', '[[a.b]]', '[ "t" . u ]', '[c.d.e]']
BAD_HEADERS = ['[a', '[[b]', '[]', '[x]]']


def pick(good, bad):
    return random.choice(bad if random.random() < 0.04 else good)


def statement():
    r = random.random()
    if r < 0.6:
        return pick(GOOD_KEYS, BAD_KEYS) + random.choice([' = ', '=', ' =']) + pick(GOOD_VALUES, BAD_VALUES)
    if r < 0.8:
        return pick(GOOD_HEADERS, BAD_HEADERS)
    if r < 0.95:
        return random.choice(['# note', '#', ' # x', ''])
    return random.choice(GOOD_KEYS) + ' = ' + random.choice(GOOD_VALUES) + random.choice([' # c', ' x', ',', '\t'])


for case in range(200):
    doc = '\n'.join(statement() for _ in range(random.randint(1, 8)))
    if random.random() < 0.2:
        doc += '\n'
    try:
        print(case, repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(case, repr(doc), '!', e, repr(e.__cause__))
