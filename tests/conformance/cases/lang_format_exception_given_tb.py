# traceback.format_exception / print_exception / TracebackException given the exception and a
# traceback of the program's choice: tb=None shows no frames for the exception itself (its cause
# and context keep their own), a traceback object shows its frames, and value without tb (or tb
# without value) is refused. Chains, notes and exception groups in the same forms.
import io
import os
import sys
import traceback


def clean(text):
    return text.replace(__file__, os.path.basename(__file__))


def fail():
    return 1 / 0


try:
    fail()
except Exception as e:
    err = e
print(traceback.format_exception(type(err), err, None))
traceback.print_exception(type(err), err, None, file=sys.stdout)
print(traceback.format_exception_only(type(err), err))
print(len(traceback.format_exception(err)))
print(clean(''.join(traceback.format_exception(type(err), err, err.__traceback__))))
print(clean(''.join(traceback.format_exception(type(err), err, err.__traceback__.tb_next))))
print(clean(''.join(traceback.TracebackException(type(err), err, None).format())))
for args in [(err, err), (err, None, None), (5,)]:
    try:
        traceback.format_exception(*args)
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)

noted = ValueError("x")
noted.add_note("note one")
noted.add_note("note two")
print(traceback.format_exception(noted))
print(traceback.format_exception(None, noted, None))
try:
    try:
        raise KeyError('a')
    except KeyError as k:
        raise ValueError('b') from k
except ValueError as v:
    print(clean(''.join(traceback.format_exception(type(v), v, None))))
    print(clean(''.join(traceback.format_exception(v, chain=False))))
    traceback.print_exception(type(v), v, None, chain=False, file=sys.stdout)
group = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(''.join(traceback.format_exception(group)))
try:
    raise group
except ExceptionGroup as caught:
    print(''.join(traceback.format_exception(caught, limit=0)))
    print(''.join(traceback.format_exception(type(caught), value=caught, tb=None)))
try:
    fail()
except ZeroDivisionError as z:
    print(clean(''.join(traceback.format_tb(z.__traceback__))))
    print(clean(''.join(traceback.format_tb(z.__traceback__, limit=-1))))
    out = io.StringIO()
    traceback.print_tb(z.__traceback__, limit=1, file=out)
    print(clean(out.getvalue()))
