"""Print (as JSON) what CPython's mimetypes starts from: its default tables (types_map,
common_types, encodings_map, suffix_map as the module defines them, in order) and the add_type()
calls init() makes reading the machine's mime.types files (knownfiles that exist: /etc/mime.types
on the recording machines, none in Pyodide), each [type, extension]. scripts/mimetypes-tables.mjs
runs this with each version and writes src/lib/stdlib/py/_mimetypes_tables.py.
"""
import json
import os
import mimetypes


def collect():
    defaults = {
        'types': list(mimetypes._types_map_default.items()),
        'common': list(mimetypes._common_types_default.items()),
        'encodings': list(mimetypes._encodings_map_default.items()),
        'suffixes': list(mimetypes._suffix_map_default.items()),
    }
    calls = []
    db = mimetypes.MimeTypes()
    db.add_type = lambda type, ext, strict=True: calls.append([type, ext, bool(strict)])
    files = [f for f in mimetypes.knownfiles if os.path.isfile(f)]
    for f in files:
        db.read(f)
    return {'defaults': defaults, 'files': files, 'machine': calls}


if __name__ == '__main__':
    print(json.dumps(collect()))
