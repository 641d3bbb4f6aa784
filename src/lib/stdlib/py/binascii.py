"""binascii: conversions between binary data and ASCII. The functions are natives (stdlib/binascii.ts)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass
