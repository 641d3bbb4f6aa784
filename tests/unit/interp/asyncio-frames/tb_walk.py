# asyncio.run's frames in the traceback object, walked with tb_next and the traceback module
# (what each frame's f_code, f_lineno and f_back say), written to stderr.
import asyncio
import io
import os
import sys
import traceback


def shown(file):
    return os.path.basename(file) if file == __file__ else file


def walk(e):
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        code = fr.f_code
        # A library frame's caller (the program's frames' are another matter).
        back = '-' if code.co_filename == __file__ else fr.f_back.f_code.co_name
        print(shown(code.co_filename), code.co_name, tb.tb_lineno, fr.f_lineno, back, file=sys.stderr)
        tb = tb.tb_next
    for fs in traceback.extract_tb(e.__traceback__):
        print(' ', shown(fs.filename), fs.name, repr(fs.line), file=sys.stderr)
    print([os.path.basename(fs.filename) for fs in traceback.TracebackException.from_exception(e).stack],
          file=sys.stderr)
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, file=out)
    print(out.getvalue(), file=sys.stderr)


async def main():
    await asyncio.sleep(0)
    raise ValueError('boom')


def run_main():
    asyncio.run(main())


try:
    run_main()
except ValueError as e:
    walk(e)
