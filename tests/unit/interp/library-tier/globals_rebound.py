import builtins
import textwrap


class Loud(textwrap.TextWrapper):
    def fill(self, text):
        return "LOUD " + super().fill(text).upper()


for i in range(80):
    plain = textwrap.fill("a few words here", width=8)
print(repr(plain))

# A library function already called often reads its module's globals as they are now.
textwrap.TextWrapper = Loud
print(repr(textwrap.fill("a few words here", width=8)))
del textwrap.TextWrapper
try:
    textwrap.fill("gone", width=8)
except NameError as e:
    print("NameError:", e)
textwrap.TextWrapper = Loud.__mro__[1]

# A global of the program's own shadows a builtin there only; the builtins module changes it everywhere.
def size(x):
    return len(x)


print(sum(size("ab") for _ in range(100)))
len = lambda x: -1
print(len("abc"), size("abc"), repr(textwrap.fill("one two three", width=7)))
del len
print(size("abc"))
real_len = builtins.len
builtins.len = lambda x: 30
try:
    print(len("abcdef"), size("abc"))
finally:
    builtins.len = real_len
print(len("abcdef"), size("abc"), repr(textwrap.shorten("one two three four", width=12)))
