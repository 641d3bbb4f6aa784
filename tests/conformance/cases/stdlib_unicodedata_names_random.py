# Property vectors for unicodedata's names and the properties read from its big tables, against each
# version's Unicode (3.11: 14.0 ... 3.14: 16.0): seeded random code points (all planes, Hangul, CJK,
# the blocks later versions filled) through name, combining, bidirectional, east_asian_width and
# decomposition; lookup of those names (any case), of aliases and named sequences; CPython's errors;
# \N{...} escapes of algorithmic names.
import random
import unicodedata as u

random.seed(2611)
POOLS = [(0, 0x2FF), (0x300, 0x36F), (0x370, 0x24FF), (0x1100, 0x11FF), (0xAC00, 0xD7A3), (0x3400, 0x9FFF),
         (0xF900, 0xFFFF), (0x10000, 0x1FFFF), (0x1E030, 0x1E08F), (0x1FA70, 0x1FAFF), (0x11F00, 0x11F5F),
         (0x2EBF0, 0x2EE5F), (0x31350, 0x323AF), (0x18800, 0x18D08), (0x1B170, 0x1B2FB), (0x2F800, 0x2FA1D),
         (0x20000, 0x10FFFF), (0xE0000, 0xE01EF)]


def pick():
    lo, hi = random.choice(POOLS)
    cp = random.randint(lo, hi)
    return cp if not 0xD800 <= cp < 0xE000 else 0x41


names = []
for i in range(700):
    ch = chr(pick())
    n = u.name(ch, None)
    print(hex(ord(ch)), n, u.combining(ch), u.bidirectional(ch), u.east_asian_width(ch), repr(u.decomposition(ch)))
    if n is not None:
        names.append(n)
for n in random.sample(names, 150):
    spelled = ''.join(c.lower() if random.random() < 0.3 else c for c in n)
    try:
        print(repr(spelled), hex(ord(u.lookup(spelled))))
    except KeyError as e:
        print(repr(spelled), 'KeyError', e)

for n in ['BYTE ORDER MARK', 'NBSP', 'zwj', 'LATIN CAPITAL LETTER GHA', 'VS17', 'NULL', 'LINE FEED', 'EOL',
          'KEYCAP DIGIT ONE', 'LATIN SMALL LETTER R WITH TILDE', 'TAMIL SYLLABLE KSSA', 'HANGUL SYLLABLE GAGG',
          'HANGUL SYLLABLE GGWEOLH', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE GX', 'CJK UNIFIED IDEOGRAPH-2B739',
          'CJK UNIFIED IDEOGRAPH-2EBF0', 'CJK UNIFIED IDEOGRAPH-323AF', 'CJK UNIFIED IDEOGRAPH-4dbf',
          'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900', 'NUSHU CHARACTER-1B170',
          'khitan small script character-18b00', 'TANGUT COMPONENT-001', 'TANGUT IDEOGRAPH-17000', 'GARAY VOWEL SIGN A',
          'Ä', '', 'X' * 257, 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A', b'SNOWMAN', bytearray(b'snowman'), 1]:
    try:
        print(repr(n)[:40], ascii(u.lookup(n)))
    except (KeyError, TypeError) as e:
        print(repr(n)[:40], type(e).__name__, e)
for f, args in [(u.name, ('ab',)), (u.name, (1,)), (u.name, ('',)), (u.name, ('\x00',)), (u.name, ('\ue000', 7)),
                (u.combining, ('ab',)), (u.bidirectional, (None,)), (u.east_asian_width, ('xy',)),
                (u.decomposition, (3,)), (u.lookup, ()), (u.name, ())]:
    try:
        print(f.__name__, f(*args))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print('\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE HAN}\N{HANGUL SYLLABLE GUG}\N{CJK UNIFIED IDEOGRAPH-2A6DF}')
