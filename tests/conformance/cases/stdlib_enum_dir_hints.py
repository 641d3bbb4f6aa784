# dir() of enum members and classes as CPython's Enum.__dir__ and EnumType.__dir__ give it (a
# mixed-in data type's names for IntEnum, IntFlag, StrEnum members), and the "Did you mean"
# hints AttributeError takes from it: signal.Handlers.SIG_DFL.__nee__ suggests '__ne__'.
import enum
import signal
import traceback


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


class Plain(enum.Enum):
    X = 1

    def describe(self):
        return self.name


class Perm(enum.IntFlag):
    R = 4
    W = 2


class Word(enum.StrEnum):
    HELLO = 'hello'


for m in (Color.RED, Plain.X, Perm.R, Word.HELLO, signal.Handlers.SIG_DFL, signal.Signals.SIGINT):
    names = dir(m)
    # (3.11 and 3.12 leave out the members of an enum made by signal's functional API.)
    print(type(m).__name__, [n for n in names if not n.startswith('_') and n not in type(m).__members__])
    print('  ', [n for n in ('__ne__', '__hash__', '__eq__', '__add__', '__len__', '__class__') if n in names])
for cls in (Color, Plain, Perm, Word, signal.Handlers):
    print(cls.__name__, dir(cls))

for obj in (signal.Handlers.SIG_DFL, signal.Handlers, Color.GREEN, Plain.X, Plain, Word.HELLO):
    for name in ('__nee__', '__hsh__', 'valeu', 'nme', 'to_bytess', 'bit_lenght', 'conjugat', 'uper', 'describ', 'GREN'):
        try:
            getattr(obj, name)
        except AttributeError as e:
            print(name, traceback.format_exception_only(e)[-1].strip())
