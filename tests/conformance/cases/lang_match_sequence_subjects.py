# A sequence pattern looks only into subjects CPython flags as sequences: list, tuple, range, memoryview, deque and classes that inherit from or register with collections.abc.Sequence; str, bytes, bytearray, mappings and a class with just __getitem__ and __len__ never match [a, b].
import collections
import collections.abc as cabc

class Grid:
    def __getitem__(self, i): return i
    def __len__(self): return 2

class Row(cabc.Sequence):
    def __getitem__(self, i): return (1, 2)[i]
    def __len__(self): return 2

class Reg:
    def __getitem__(self, i): return (5, 6)[i]
    def __len__(self): return 2
cabc.Sequence.register(Reg)

class Text(str): pass
class L(list): pass

for subject in [b"ab", bytearray(b"ab"), "ab", Text("ab"), Grid(), Row(), Reg(), L([1, 2]), range(2),
                memoryview(b"ab"), collections.deque([1, 2]), {1: 2, 2: 3}, (1, 2)]:
    match subject:
        case [a, b]:
            print(type(subject).__name__, "sequence", a, b)
        case _:
            print(type(subject).__name__, "not a sequence")
