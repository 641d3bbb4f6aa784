# datetime's classes are C types in CPython: their class methods sit in the class dicts as
# classmethod_descriptors, `<method 'now' of 'datetime.datetime' objects>`, which bind to the class
# (or a subclass) and refuse a class that is not one, naming the types by their C names.
# (The classes are reached through their `min` values: the recorder's clock replaces the names.)
import datetime

DT, D, T = type(datetime.datetime.min), type(datetime.date.min), type(datetime.time.min)
print(DT, D, T)
for cls, name in [(DT, "now"), (DT, "utcnow"), (D, "today"), (D, "fromisoformat"), (DT, "fromisoformat"),
                  (D, "fromtimestamp"), (DT, "combine"), (T, "fromisoformat"), (DT, "strptime")]:
    d = cls.__dict__[name]
    print(repr(d), type(d).__name__, d.__get__(None, cls).__self__ is cls)


class Day(D):
    pass


print(type(Day.fromisoformat("2021-02-03")).__name__, Day.__dict__.get("today"))
print(D.__dict__["today"].__get__(None, Day).__self__ is Day)
for bad in [int, 3]:
    try:
        DT.__dict__["now"].__get__(None, bad)
    except TypeError as e:
        print("TypeError:", e)
print(DT.now.__qualname__, D.today.__qualname__, DT.now.__module__, DT.now.__self__ is DT)
