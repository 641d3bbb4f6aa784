# ExceptionGroup.split and subgroup build their parts with derive() and copy the group's
# __traceback__, __context__, __cause__ (which sets __suppress_context__, as PyException_SetCause
# does) and a copy of its __notes__; a subclass without its own derive() gets plain groups.


def describe(label, g):
    if g is None:
        print(label, None)
        return
    print(label, type(g).__name__, repr(g), g.__suppress_context__, repr(g.__cause__), repr(g.__context__),
          getattr(g, "__notes__", None), g.__traceback__ is not None)


def failing():
    try:
        raise KeyError("ctx")
    except KeyError:
        try:
            raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])]) from OSError("why")
        except ExceptionGroup as eg:
            return eg


eg = failing()
eg.add_note("first note")
describe("whole", eg)
match, rest = eg.split(ValueError)
describe("match", match)
describe("rest", rest)
describe("inner", match.exceptions[1])
match.add_note("only on match")
print(eg.__notes__, match.__notes__, rest.__notes__)
print(match.__traceback__ is eg.__traceback__, rest.__traceback__ is eg.__traceback__)
describe("subgroup", eg.subgroup(lambda e: isinstance(e, TypeError)))
describe("whole match", eg.subgroup(ExceptionGroup))
describe("no match", eg.subgroup(OSError))

plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split((ValueError,))
describe("plain match", m)
describe("plain rest", r)
describe("derived", plain.derive([KeyError(5)]))


class MyGroup(ExceptionGroup):
    pass


class KeepsType(ExceptionGroup):
    def derive(self, excs):
        return KeepsType(self.message + "!", excs)


for cls in (MyGroup, KeepsType):
    g = cls("sub", [ValueError(1), TypeError(2)])
    g.__cause__ = None
    describe(cls.__name__, g)
    m, r = g.split(ValueError)
    describe("  match", m)
    describe("  rest", r)
    try:
        raise g
    except* ValueError as part:
        describe("  except*", part)
    except* TypeError as part:
        describe("  except*", part)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
