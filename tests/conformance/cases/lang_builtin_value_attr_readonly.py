# Setting or deleting an attribute of an int, float, complex, bool or str: a getset descriptor of
# the builtin type is "not writable" (named by the type that defines it: bool's real is int's),
# complex's real and imag are read-only members, a method or __doc__ is read-only on the instance,
# __class__ cannot be deleted (nor reassigned on a builtin), and a name the type lacks has no
# __dict__ to go in (3.13 says so).
for value in [7, 2.5, 3j, True, 'text']:
    for name in ['real', 'imag', 'numerator', 'denominator', '__doc__', 'conjugate', 'upper', '__class__', 'nope']:
        if not hasattr(value, name) and name != 'nope':
            continue
        try:
            setattr(value, name, 3)
        except (AttributeError, TypeError) as e:
            print(type(value).__name__, name, 'set', type(e).__name__, e)
        try:
            delattr(value, name)
        except (AttributeError, TypeError) as e:
            print(type(value).__name__, name, 'del', type(e).__name__, e)
try:
    (1).real = 3
except AttributeError as e:
    print(e)
