# make_dataclass's class module (the caller's from 3.12, 'types' on 3.11; module= is 3.12+), its checks
# (identifier, keyword, duplicate, bad entry), __dataclass_params__'s repr (six settings on 3.11, ten after),
# Field's repr and slots (with doc from 3.14, field(doc=) refused before), a field() default's __set_name__
# passed on, InitVar's repr and slots, Field[int].
import dataclasses
from dataclasses import make_dataclass, field, fields, Field, InitVar

P = make_dataclass('P', ['x', ('y', int), ('z', int, field(default=3))], namespace={'unit': 'cm'})
print(P.__module__, P(1, 2), P.unit, P.__dataclass_params__)
r = repr(fields(P)[2])
print(r[:r.index('default_factory')], r[r.index(',init='):])
f = field(default=1)
try:
    f.extra = 1
    print('set')
except AttributeError:
    print('AttributeError')
print(InitVar[int], InitVar[list[int]], InitVar('x'), Field.__slots__, InitVar.__slots__)
try:
    print(make_dataclass('Q', ['a'], module='mymod').__module__)
except TypeError as e:
    print('TypeError', e)
for spec in [['class'], ['a', 'a'], ['1x'], [3], [('a', int, field(default=2)), 'b'], [('a',)], ['match']]:
    try:
        C = make_dataclass('C', spec)
        print(C.__module__, list(C.__dataclass_fields__))
    except TypeError as e:
        print('TypeError', e)


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __get__(self, obj, objtype=None):
        return 5


@dataclasses.dataclass(frozen=True, order=True)
class D:
    v: int = field(default=Desc())


print(D.__dataclass_params__, type(D().v).__name__, Field[int])
try:
    print(field(doc='the width').doc)
except TypeError as e:
    print('TypeError', e)
