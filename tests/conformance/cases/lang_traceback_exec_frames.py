# Tracebacks through code run by exec(), eval() and compile(): the traceback module formats them
# from the frames' f_code (file "<string>" or compile()'s name, no source line to show), and the
# frames are real ones (f_lineno, f_back, f_globals).
import io
import os
import sys
import traceback

HERE = os.path.basename(__file__)


def clean(text):
    return text.replace(__file__, HERE)


def run_text(src, g=None):
    if g is None:
        exec(src)
    else:
        exec(src, g)


def show(e):
    for fs in traceback.extract_tb(e.__traceback__):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
    for i, (fr, ln) in enumerate(traceback.walk_tb(e.__traceback__)):
        # The outermost frame's caller is whatever ran the program: not shown.
        back = fr.f_back.f_code.co_name if i > 0 else '-'
        print(fr.f_code.co_name, ln, fr.f_lineno, back, fr.f_code.co_filename == __file__)
    print(clean(''.join(traceback.format_tb(e.__traceback__))))
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    print(clean(out.getvalue()))
    print(traceback.format_exception_only(e))


try:
    run_text("a = 1\nraise KeyError('k')\n")
except KeyError as e:
    show(e)
    te = traceback.TracebackException.from_exception(e)
    print(clean(''.join(te.format())))
    print([(os.path.basename(s.filename), s.lineno, s.name, s.line) for s in te.stack])

try:
    run_text(compile("def h(n):\n    return 10 // n\n\nh(0)\n", "<mine>", "exec"), {})
except ZeroDivisionError as e:
    show(e)
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        names = sorted(k for k in fr.f_globals if not k.startswith('__'))[:4]
        print(fr.f_code.co_name, os.path.basename(fr.f_code.co_filename), fr.f_lineno, names)
        tb = tb.tb_next

try:
    print(eval("undefined_name + 1"))
except NameError as e:
    te = traceback.TracebackException.from_exception(e)
    print([clean(x) for x in te.format()])
    print(te.stack[-1].filename, te.stack[-1].lineno, repr(te.stack[-1].line))


def gen():
    yield eval("1/0")


try:
    next(gen())
except ZeroDivisionError:
    print(clean(traceback.format_exc()))

exec("def k():\n    raise LookupError('no')\n")
try:
    k()
except LookupError as e:
    print(clean(traceback.format_exc()))
    inner = e.__traceback__.tb_next.tb_frame
    print(inner.f_globals is globals(), inner.f_code.co_filename, inner.f_code.co_name)
    print(k.__globals__ is globals())

try:
    exec("x = 1\n\ny = [x][x]\n")
except IndexError:
    print(clean(''.join(traceback.format_exception(*sys.exc_info()))))
