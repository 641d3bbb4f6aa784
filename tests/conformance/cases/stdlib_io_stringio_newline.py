# io.StringIO's newline modes, as csv needs them: '' splits lines at \r, \n and \r\n untranslated, None
# stores every line end as \n, '\r' and '\r\n' write \n as themselves; readline, iteration, getvalue,
# write's count and tell in each mode, and the refused newline values.
import io
for nl in ['', '\n', None, '\r', '\r\n']:
    f = io.StringIO('a\rb\nc\r\nd\r', newline=nl)
    print(repr(nl), list(f), repr(f.getvalue()), f.write('x\ny\r\n'), repr(f.getvalue()), f.tell())
    f.seek(0); print(f.readline(2), repr(f.readline()), f.read())
for bad in [5, 'x', '\n\r']:
    try:
        io.StringIO(newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
