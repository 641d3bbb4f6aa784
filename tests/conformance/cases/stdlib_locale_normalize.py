# Locale names as users type them, put through locale.normalize() and parsed back by getlocale's
# rules: the alias table (each version's own), encodings spelt many ways, the euro and other
# modifiers; and a seeded sample of the tables' entries with made-up encodings and modifiers.
import locale
import random

names = ['en_US', 'en_us.utf8', 'en_US.UTF-8', 'EN_us.Utf-8', 'de', 'de_DE@euro', 'de_DE.ISO8859-1@euro',
         'de_DE.utf8@euro', 'fr_FR.latin1', 'fr_FR.latin-1', 'fr_FR:iso88591', 'ja_JP.eucjp', 'ja_JP.SJIS',
         'zh_CN.gb2312', 'ru_RU.koi8r', 'russian', 'sr@latn', 'sr_RS@latin', 'ca_ES@valencia', 'uz_UZ@cyrillic',
         'C', 'c', 'POSIX', 'C.UTF-8', 'c.utf8', 'C.ascii', 'UTF-8', 'utf8', 'en', 'english', 'univ',
         'xx_YY', 'xx_YY.utf8', 'en_US.bogus', 'en_US.cp1252', 'en_US.windows-1252', 'en_US.ISO-8859-15',
         'de_it', 'en_il', 'es_cu', 'iw_IL', 'no_NO', 'nb_NO@euro', 'ga_IE.iso885915@euro', 'en_US.utf-8@x',
         'en.utf8@euro', 'de@euro', 'en_US.437', 'ka_GE.georgianps', 'pt_BR.ISO_8859-1', '', '.', '@', 'a.b.c']
for n in names:
    norm = locale.normalize(n)
    try:
        parsed = locale._parse_localename(n)
    except ValueError as e:
        parsed = f'ValueError: {e}'
    print(repr(n), '->', repr(norm), parsed)

print(len(locale.locale_alias), len(locale.locale_encoding_alias), len(locale.windows_locale))
print(list(locale.locale_alias.items())[:5], list(locale.locale_alias)[-3:])
print(list(locale.locale_encoding_alias.items())[:8])
print(list(locale.windows_locale.items())[:6], locale.windows_locale.get(1033), locale.windows_locale.get(0x0407))

rng = random.Random(2024)
keys = sorted(locale.locale_alias)
encodings = ['', 'utf8', 'UTF-8', 'iso88591', 'ISO-8859-15', 'latin9', 'euc-jp', 'koi8-r', 'cp1251', 'ascii',
             'big5', 'gbk', 'utf_16', 'mac-roman', 'nosuch']
modifiers = ['', 'euro', 'latin', 'cyrillic', 'valencia', 'devanagari', 'odd']
for _ in range(400):
    base = rng.choice(keys).split('.')[0].split('@')[0]
    if rng.random() < 0.5:
        base = base.upper() if rng.random() < 0.3 else base
    enc = rng.choice(encodings)
    mod = rng.choice(modifiers)
    name = base + ('.' + enc if enc else '') + ('@' + mod if mod else '')
    print(name, locale.normalize(name))
