# The frames of CPython's own library modules in a traceback object, walked with tb_next and the
# traceback module: json's and re's.
import io
import json
import os
import re
import traceback


def walk(e):
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        code = fr.f_code
        # A library frame's caller (the program's frames' are another matter).
        back = '-' if code.co_filename == __file__ else fr.f_back.f_code.co_name
        print(os.path.basename(code.co_filename), code.co_name, tb.tb_lineno, fr.f_lineno, back)
        tb = tb.tb_next
    for fs in traceback.extract_tb(e.__traceback__):
        print(' ', os.path.basename(fs.filename), fs.name, repr(fs.line))
    print([os.path.basename(fs.filename) for fs in traceback.TracebackException.from_exception(e).stack])
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, file=out)
    print(len(out.getvalue().splitlines()), 'lines of print_tb')



for fn in (lambda: json.loads('{"a": }'), lambda: re.compile('(a')):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        walk(e)
