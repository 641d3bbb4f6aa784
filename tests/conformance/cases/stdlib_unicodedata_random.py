# Property vectors for unicodedata against each version's Unicode (3.11: 14.0 ... 3.14: 16.0):
# seeded random code points (all planes, and the blocks later versions filled) through category,
# numeric/digit/decimal and mirrored; random strings of letters, combining marks, Hangul jamo,
# compatibility characters and characters a version has not assigned yet through the four
# normalization forms and is_normalized; CPython's errors.
import random
import unicodedata as u

random.seed(1410)
print(u.unidata_version)
POOLS = [(0, 0x2FF), (0x300, 0x36F), (0x370, 0x24FF), (0x1100, 0x11FF), (0xAC00, 0xD7A3), (0xF900, 0xFFFF),
         (0x10000, 0x1FFFF), (0x1E030, 0x1E08F), (0x1FA70, 0x1FAFF), (0x11F00, 0x11F5F), (0x2EBF0, 0x2EE5F),
         (0x31350, 0x323AF), (0x20000, 0x10FFFF)]


def pick():
    lo, hi = random.choice(POOLS)
    cp = random.randint(lo, hi)
    return cp if not 0xD800 <= cp < 0xE000 else 0x41


for i in range(600):
    cp = pick()
    ch = chr(cp)
    print(hex(cp), u.category(ch), u.numeric(ch, None), u.digit(ch, None), u.decimal(ch, -1), u.mirrored(ch))

NUMS = '0123456789٣۷०৫๙²³¹¼½¾⅓⅕Ⅻⅻ①⑳㉑万億兆零〇𐄇𝟘'
for ch in NUMS:
    print(repr(ch), u.numeric(ch, None), u.digit(ch, None), u.decimal(ch, None), u.category(ch))

PIECES = ['a', 'e', 'o', 'A', '\u0301', '\u0308', '\u0327', '\u0323', '\u0302', '\u1100', '\u1161', '\u11a8',
          '\uac00', '\ufb01', '\u2460', '\u00bd', '\u212b', '\u1e9b', '\u0344', '\uff21', '\u3300', 'é', 'ñ',
          '\u0958', '\U0001d400', '\U0001e030', '\U0001fae8', '\U00011f00', '\U0001e4d0', '\ue000']
for i in range(150):
    s = ''.join(random.choice(PIECES) for _ in range(random.randint(1, 8)))
    forms = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(i, ascii(s), [ascii(x) for x in forms], [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

for f, args in [(u.category, ('ab',)), (u.category, (1,)), (u.numeric, ('a',)), (u.decimal, ('a',)),
                (u.digit, ('a',)), (u.normalize, ('X', 'a')), (u.normalize, ('NFC', 1)), (u.normalize, (1, 'a')),
                (u.is_normalized, ('nfc', 'a')), (u.mirrored, ('',)), (u.digit, ('½',))]:
    try:
        print(f.__name__, f(*args))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
