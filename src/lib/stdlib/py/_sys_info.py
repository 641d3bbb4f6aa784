# sys.float_info, sys.int_info, sys.hash_info, sys.thread_info and sys.flags: CPython's named tuples
# ("struct sequences") of a 64-bit Linux build, made when a program first reads one of them (the
# sys module asks this module then), so that they cost a run's start-up nothing.

import _stdlib_native
import sys

# 3.13 says what a new attribute would need.
_NO_DICT = ' and no __dict__ for setting new attributes' if sys.version_info >= (3, 13) else ''


def _struct_sequence(name, fields, doc, module='sys'):
    # One of sys's own types is named `sys.flags`; a built-in one (asyncgen_hooks) has no prefix.
    qualified = name if module == 'builtins' else f'{module}.{name}'
    count = len(fields)

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != count:
            raise TypeError(f'{qualified}() takes a {count}-sequence ({len(values)}-sequence given)')
        return _stdlib_native.tuple_new(cls, values)

    def __repr__(self):
        parts = ', '.join([f'{field}={value!r}' for field, value in zip(fields, self)])
        return f'{qualified}({parts})'

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    def __setattr__(self, attr, value):
        if attr in fields:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'{qualified}' object has no attribute '{attr}'{_NO_DICT}")

    def __delattr__(self, attr):
        if attr in fields:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'{qualified}' object has no attribute '{attr}'{_NO_DICT}")

    namespace = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__setattr__': __setattr__,
        '__delattr__': __delattr__,
        '__match_args__': fields,
        '__doc__': doc,
        'n_fields': count,
        'n_sequence_fields': count,
        'n_unnamed_fields': 0,
    }
    for i, field in enumerate(fields):
        namespace[field] = property(lambda self, i=i: self[i])
    cls = type(name, (tuple,), namespace)
    cls.__module__ = module
    return cls


float_info = _struct_sequence(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'),
    'sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n'
    'information about the precision and internal representation. Please study\n'
    "your system's :file:`float.h` for more information.",
)(
    (1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)
)

int_info = _struct_sequence(
    'int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
    'sys.int_info\n\nA named tuple that holds information about Python\'s\n'
    'internal representation of integers.  The attributes are read only.',
)((30, 4, 4300, 640))

hash_info = _struct_sequence(
    'hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
    'hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.',
)((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))

thread_info = _struct_sequence(
    'thread_info',
    ('name', 'lock', 'version'),
    'sys.thread_info\n\nA named tuple holding information about the thread implementation.',
)(('pthread', 'semaphore', 'NPTL 2.36'))


def _make_flags():
    # The options of a plain `python3 program.py`: no -O, -B, -I or -X switches, hashing
    # randomized. 3.11 leaves the int-to-str digit limit unset (-1) here; later ones show 4300.
    names = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
             'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
             'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')
    digits = -1 if sys.version_info < (3, 12) else 4300
    values = (0,) * 11 + (1, 0, False, 0, 0, False, digits)
    cls = _struct_sequence('flags', names, 'sys.flags\n\nFlags provided through command line arguments or environment vars.')
    if sys.version_info >= (3, 13):
        # 3.13's flags carry one more field outside the tuple: whether the GIL is on.
        cls.gil = property(lambda self: 1)
        cls.n_fields = len(names) + 1
    made = cls(values)

    def refuse(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.flags' instances")

    cls.__new__ = refuse
    return made


flags = _make_flags()

# What sys.get_asyncgen_hooks() returns.
asyncgen_hooks = _struct_sequence(
    'asyncgen_hooks',
    ('firstiter', 'finalizer'),
    'asyncgen_hooks\n\nA named tuple providing information about asynchronous\n'
    'generators hooks.  The attributes are read only.',
    'builtins',
)
