# inspect's frame records: getframeinfo (of a frame or a traceback entry, with lines of context
# around its line), stack() and getouterframes() from the caller outward, trace() and
# getinnerframes() of the exception being handled, and the frame and traceback types they check.
# (Records are kept to this file's: under the recorder, frames of its own call the program.)
import inspect
import sys
import types


def where():
    info = inspect.getframeinfo(inspect.currentframe().f_back)
    return f"{info.function}:{info.lineno} {info.code_context} {info.index}"


def outer():
    here = where()
    records = [r for r in inspect.stack() if r.filename == __file__]
    names = [(r.function, r.lineno, r.code_context, r.index) for r in records]
    return here, names, records[0].filename == __file__


print(outer())
info = inspect.getframeinfo(inspect.currentframe(), context=3)
print(info[2:], len(info), info.filename == __file__)
print(inspect.getframeinfo(inspect.currentframe(), context=0)[1:5])
print(inspect.getframeinfo(inspect.currentframe(), context=50)[4])


def bad():
    return {}["k"]


try:
    bad()
except KeyError:
    for r in inspect.trace():
        print(r.function, r.lineno, r.code_context, r.index, r.frame.f_code.co_name)
    tb = sys.exc_info()[2]
    print([(r.function, r.lineno, r.index) for r in inspect.getinnerframes(tb, 2)])
    print(inspect.getframeinfo(tb.tb_next)[1:])
print(inspect.trace())
print(inspect.isframe(inspect.currentframe()), inspect.istraceback(tb), inspect.istraceback(None))
print(inspect.iscode(bad.__code__), inspect.iscode(bad), inspect.isframe(tb))
print(types.FrameType, types.TracebackType, types.CodeType is type(bad.__code__))
print(isinstance(tb.tb_frame, types.FrameType), inspect.getlineno(inspect.currentframe()))
try:
    inspect.getframeinfo(3)
except AttributeError as e:
    print("AttributeError:", e)
frame, filename, lineno, function, lines, index = inspect.stack()[0]
print(function, lineno, lines, index, frame is inspect.currentframe())
print(type(inspect.stack()[0]).__name__, inspect.Traceback._fields, inspect.FrameInfo._fields)
print(inspect.FrameInfo.__mro__[1].__name__, issubclass(inspect.FrameInfo, tuple))


def caller_name():
    return inspect.stack()[1].function


def deep(n):
    if n == 0:
        return [f.function for f in inspect.stack(0) if f.filename == __file__], caller_name()
    return deep(n - 1)


print(deep(2))
print(inspect.stack(0)[0].code_context, inspect.stack(0)[0].index)
