# functools.partial of a partial flattens into one (unless the inner one has attributes of its
# own); func/args/keywords are slots; a subclass's repr; copies; not callable -> TypeError.
import copy
from functools import partial


def send(*args, **kwargs):
    return args, kwargs


base = partial(send, "smtp", retries=1)
urgent = partial(base, "urgent", retries=3)
print(urgent.func is send, urgent.args, urgent.keywords)
print(urgent("body", cc=None))
print(repr(urgent).split(" at ")[0], repr(urgent).endswith(", 'smtp', 'urgent', retries=3)"))
print(base.__dict__)

base.label = "mailer"
tagged = partial(base, "x")
print(tagged.func is base, tagged.args, tagged.func.label)


class Job(partial):
    def describe(self):
        return f"{self.func.__name__} with {len(self.args)} args"


j = Job(urgent, "extra")
print(type(j).__name__, j.func is send, j.args, j.describe())
print(repr(j).split("(")[0])


class Loud(partial):
    def __call__(self, *a, **k):
        return ("loud", super().__call__(*a, **k))


loud = Loud(send, 1)
wrapped = partial(loud, 2)
print(wrapped.func is loud, wrapped.args, wrapped())

c = copy.copy(urgent)
print(c is urgent, c.func is send, c.args, c.keywords == urgent.keywords)
d = copy.deepcopy(partial(send, [1, 2], key={"a": 1}))
print(d(), type(d).__name__)
for bad in [(1,), ()]:
    try:
        partial(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    urgent.func = print
except AttributeError as e:
    print("AttributeError:", type(e).__name__)


class Mailer:
    send_later = partial(send, "queued")


m = Mailer()
args, _ = m.send_later(9)
print([type(a).__name__ for a in args])
