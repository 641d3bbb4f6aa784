# `html.entities`: the named character references. The tables come from CPython itself
# (_html_data.py, written by scripts/html-entities.py).

from _html_data import html5, name2codepoint

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

codepoint2name = {cp: name for name, cp in name2codepoint.items()}
entitydefs = {name: chr(cp) for name, cp in name2codepoint.items()}
