"""Write src/lib/interp/wide-chars.json: the code points unicodedata.east_asian_width calls wide
('W') or fullwidth ('F'), as [first, last] ranges. traceback.py counts them two columns wide when
it places caret lines (_display_width); interp/carets.ts does the same with this table.

    PYENV_VERSION=3.13.0 python3 scripts/wide-chars.py
"""
import json
import os
import sys
import unicodedata


def ranges():
    out = []
    for cp in range(sys.maxunicode + 1):
        if unicodedata.east_asian_width(chr(cp)) in 'WF':
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'lib', 'interp', 'wide-chars.json')
    table = {'unicode': unicodedata.unidata_version, 'ranges': ranges()}
    with open(path, 'w') as f:
        f.write(json.dumps(table, separators=(',', ':')) + '\n')


if __name__ == '__main__':
    main()
