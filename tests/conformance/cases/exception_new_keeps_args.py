# BaseException.__new__ keeps the positional arguments as args: a subclass whose __init__ never
# calls super().__init__ still shows them in repr, str and args (OSError leaves them to __init__).
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount


e = InsufficientFunds("ann", 40)
print(e.args, repr(e), str(e), e.amount)


class Renamed(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")


print(Renamed(5).args)


class OnlyKeywords(Exception):
    def __init__(self, **kw):
        self.kw = kw


print(OnlyKeywords(k=1).args, repr(OnlyKeywords(k=1)))


class MissingKey(KeyError):
    def __init__(self, key):
        self.key = key


print(repr(MissingKey("z")), str(MissingKey("z")), str(MissingKey(3)))


class PlainKey(KeyError):
    pass


print(str(PlainKey("k")), str(PlainKey("a", "b")))


class DiskError(OSError):
    def __init__(self, *args):
        self.extra = args


d = DiskError(2, "No such file")
print(d.args, d.errno, d.extra)
try:
    raise InsufficientFunds("bob", 7)
except InsufficientFunds as caught:
    print(f"caught {caught!r}")
raise InsufficientFunds("carol", 99)
