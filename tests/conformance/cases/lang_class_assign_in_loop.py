# `obj.__class__ = Other` at one place of the program, run for several objects: each object changes
# class, its instance dict untouched. Also the members a slice object keeps.
class Draft:
    def describe(self):
        return "draft " + self.title


class Sent(Draft):
    def describe(self):
        return "sent " + self.title


letters = []
for title in ["a", "b", "c", "d"]:
    letter = Draft()
    letter.title = title
    letters.append(letter)
for letter in letters:
    letter.__class__ = Sent
print([type(x).__name__ for x in letters], [vars(x) for x in letters])
print([x.describe() for x in letters])

for s in [slice(5), slice(1, 2), slice(1, None, -1), slice("a", [1], None)]:
    print(s, s.start, s.stop, s.step)
try:
    slice(1, 2).start = 3
except AttributeError as e:
    print("AttributeError", e)
