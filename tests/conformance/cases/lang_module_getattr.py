# A module's own __getattr__ (PEP 562) answers the names its dict lacks: the program's module
# through sys.modules, getattr with a default, hasattr, and an AttributeError of its own; a name
# the dict has never reaches it. shutil.ExecError is an attribute before 3.14 and comes from
# shutil's module __getattr__ (deprecated, RuntimeError) in 3.14.
import shutil
import sys
import warnings

calls = []
present = 'in the dict'


def __getattr__(name):
    calls.append(name)
    if name.startswith('lazy_'):
        return name[5:].upper()
    raise AttributeError(f'no {name} here')


me = sys.modules[__name__]
print(me.lazy_value, me.present, getattr(me, 'lazy_x', 'default'), getattr(me, 'other', 'default'))
print(hasattr(me, 'lazy_y'), hasattr(me, 'nothing'))
try:
    me.missing
except AttributeError as e:
    print('AttributeError', e, e.name)
print(calls)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    cls = shutil.ExecError
print(cls.__name__, issubclass(cls, Exception), [(w.category.__name__, str(w.message)) for w in caught])
try:
    shutil.no_such_name
except AttributeError as e:
    print('AttributeError', e)
