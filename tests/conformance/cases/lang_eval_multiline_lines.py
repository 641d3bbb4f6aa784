"""Line numbers inside text run by eval() and exec() that spans several lines: the line of the
operation that failed in a traceback's "<string>" frame, and the line a frame running such text
is at when it calls (traceback.extract_stack)."""
import os
import traceback


def frame_line():
    f = traceback.extract_stack()[-2]
    return (f.filename, f.lineno, f.name)


print(eval("(1,\n frame_line(),\n 3)"))
print(eval("\n\nframe_line()"))
try:
    eval("(1 +\n 2 +\n 1/0)")
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))
try:
    eval("[\n  x\n  for x in range(3)\n  if 1/(x-1)\n]")
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))
try:
    eval("{\n 'a': 1,\n 'b': undefined_name}")
except NameError:
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))


def g():
    return eval("(lambda: (\n 2,\n frame_line()))()")
print(g())
print(eval(compile("(\n frame_line())", "myfile", "eval")))
try:
    exec("x = 1\ny = (2 +\n  1/0)")
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))
