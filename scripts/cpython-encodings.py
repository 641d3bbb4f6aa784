"""Write src/lib/runtime/types/cpython-encodings.ts: every encoding name CPython 3.13's registry
knows (the encodings package's codecs and their aliases), as str.encode compares them (lowercase,
without '-', '_' or spaces), so that a codec Loopline lacks is reported as not simulated rather
than as an unknown encoding.

    PYENV_VERSION=3.13.0 python3 scripts/cpython-encodings.py
"""
import encodings
import encodings.aliases
import os
import pkgutil


def key(name):
    return name.lower().replace('-', '').replace('_', '').replace(' ', '')


# Windows-only codecs (mbcs, oem) are unknown encodings on Linux, as Loopline's CPython is.
WINDOWS = {'mbcs', 'oem'}
names = {a for a, m in encodings.aliases.aliases.items() if m not in WINDOWS} | (set(encodings.aliases.aliases.values()) - WINDOWS)
names |= {m.name for m in pkgutil.iter_modules(encodings.__path__) if m.name not in {'aliases'} | WINDOWS}
keys = sorted({key(n) for n in names})
# The codecs that are not text encodings (bytes to bytes, rot13's str to str): str.encode and
# bytes.decode refuse them by name.
NON_TEXT = {'base64_codec', 'bz2_codec', 'hex_codec', 'quopri_codec', 'uu_codec', 'zlib_codec', 'rot_13'}
non_text = sorted({key(n) for n in NON_TEXT} | {key(a) for a, m in encodings.aliases.aliases.items() if m in NON_TEXT})
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'lib', 'runtime', 'types', 'cpython-encodings.ts')
lines, line = [], ''
for k in keys:
    if len(line) + len(k) + 1 > 100:
        lines.append(line)
        line = ''
    line += (' ' if line else '') + k
lines.append(line)
with open(out, 'w') as f:
    f.write('/**\n * The encoding names CPython 3.13 knows, compared as str.encode compares them (lowercase, without\n'
            " * '-', '_' or spaces). Written by scripts/cpython-encodings.py.\n */\n")
    f.write('export const CPYTHON_ENCODINGS = new Set(\n  `\n')
    f.write('\n'.join(lines))
    f.write('\n`\n    .trim()\n    .split(/\\s+/),\n);\n')
    f.write('\n/** Those of them that are not text encodings (bytes to bytes, or str to str as rot13). */\n')
    f.write('export const NON_TEXT_ENCODINGS = new Set([\n')
    f.write(''.join("  '%s',\n" % k for k in non_text))
    f.write(']);\n')
print(len(keys), 'names ->', os.path.normpath(out))
