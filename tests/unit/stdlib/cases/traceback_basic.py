import os
import sys
import traceback


# Caret lines are left out: this case checks the frames and the messages.
def short(text):
    lines = text.replace(__file__, os.path.basename(__file__)).splitlines(True)
    return ''.join(line for line in lines if line.strip(' ~^\n'))


def inner(n):
    if n == 0:
        raise KeyError('missing')
    inner(n - 1)


def outer():
    try:
        inner(2)
    except KeyError as e:
        raise RuntimeError('wrapped') from e


class Out:
    def write(self, text):
        sys.stdout.write(short(text))


print(sys.exception(), sys.exc_info())
try:
    outer()
except RuntimeError as e:
    print(sys.exception() is e, sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
    print(short(traceback.format_exc()), end='')
    print(traceback.format_exception_only(e))
    print(short(''.join(traceback.format_exception(e, chain=False))).count('\n'))
    traceback.print_exc(file=Out())
print(sys.exception())

try:
    try:
        {}['k']
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    e.add_note('a note')
    lines = traceback.format_exception(e)
    print(len(lines), lines[-2:])
    traceback.print_exception(e, file=Out())
print(traceback.format_exc(), end='')
