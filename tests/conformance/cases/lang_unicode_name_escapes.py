# \N{...} escapes name any character of the version's Unicode database: in any case, by an alias
# (control characters, abbreviations, corrections), Hangul syllables and the algorithmic ideograph
# names (upper-case hex), in plain strings, f-strings and implicit concatenations; raw strings keep them.
names = [
    '\N{latin small letter a}',
    '\N{Latin Capital Letter Gha}',
    '\N{LATIN SMALL LETTER SHARP S}',
    '\N{NUL}\N{LINE FEED}\N{ZWJ}\N{BYTE ORDER MARK}\N{nbsp}',
    '\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}',
    '\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}',
    '\N{cjk compatibility ideograph-f900}',
    '\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{nushu character-1b170}',
    '\N{GARLIC}\N{EM DASH}\N{SNOWMAN}\N{greek small letter final sigma}',
    '\N{TIBETAN MARK BKA- SHOG GI MGO RGYAN}\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}',
]
for s in names:
    print(ascii(s), len(s))
n = 3
print(ascii(f'{n}\N{MULTIPLICATION SIGN}\N{em dash}{n * 2:>3}\N{DEGREE SIGN}'))
print(ascii('\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}' 'x' f'{n}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}'))
print(rb'\N{EM DASH}', len(rb'\N{EM DASH}'), r'\N{EM DASH}')
print('\N{BULLET}' == '\u2022', '\N{bullet}' == '\N{BULLET}')
