# `from M import missing` names M's file in its ImportError as CPython does ('unknown location' only
# for a module built from C), and sets the error's name and path (and name_from from 3.12).
import os

lib = os.path.dirname(os.__file__)


def shown(text):
    if text is None:
        return None
    return text.replace(__file__, os.path.basename(__file__)).replace(lib, 'LIB')


statements = [
    'from json import nothing',
    'from asyncio import nothing',
    'from collections import nothing',
    'from os import nothing',
    'from sys import nothing',
    'from itertools import nothing',
    'from dataclasses import nothing',
    'from asyncio.tasks import nothing',
    'from __main__ import nothing',
]
for statement in statements:
    try:
        exec(statement)
    except ImportError as e:
        print(type(e).__name__, shown(str(e)))
        print('  ', e.name, shown(e.path), getattr(e, 'name_from', '(no name_from)'))
