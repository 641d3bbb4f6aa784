"""Print (as JSON) the tables CPython's locale module carries: locale_alias, locale_encoding_alias
and windows_locale, and the codec aliases (encodings.aliases) its normalize() consults, each as a
list of [key, value] pairs in the dict's own order. scripts/locale-tables.mjs runs this with each
version and writes src/lib/stdlib/py/_locale_tables.py.
"""
import encodings.aliases
import json
import locale


def collect():
    def pairs(d):
        return [[k, v] for k, v in d.items()]
    return {
        'alias': pairs(locale.locale_alias),
        'encoding_alias': pairs(locale.locale_encoding_alias),
        'windows': pairs(locale.windows_locale),
        'codecs': pairs(encodings.aliases.aliases),
    }


if __name__ == '__main__':
    print(json.dumps(collect()))
