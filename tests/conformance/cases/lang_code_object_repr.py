# A code object's repr names its function, its file (between double quotes, unescaped) and its first
# line: a function's, a lambda's, a generator's and a method's, and what compile() makes.
import os
import re


def shown(code):
    text = re.sub(r"0x[0-9a-f]+", "0x...", repr(code))
    return text.replace(__file__, os.path.basename(__file__))


def plain(a, b=2):
    return a + b


class Box:
    def peek(self):
        return self


def numbers():
    yield 1


square = lambda x: x * x  # noqa: E731
print(shown(plain.__code__))
print(shown(Box.peek.__code__))
print(shown(numbers.__code__), shown(numbers().gi_code))
print(shown(square.__code__))
print(shown(compile("1 + 2", "<unknown>", "eval")))
print(shown(compile("x = 1", "it's \"here\"", "exec")))
print(shown(plain.__code__) == shown(plain.__code__), plain.__code__.co_firstlineno)
