# Runs one program under the recorder (tests/recorder/record.py, unchanged) in Pyodide: the verify
# worker's, and tests/recorder/record_pyodide.mjs's when it records 3.14 goldens. The caller sets
# RECORD_PY, PROGRAM, OUT and DELIVER (called with the trace's JSON).
# The first time, Pyodide's own running loop is cleared; every later time, what the previous
# program changed (modules, the patched clock and print, streams, warnings hook) is put back, and
# asyncio is imported anew, so each program starts as under a fresh `python3 record.py`.
import sys, runpy, time, datetime, builtins, warnings

g = globals()
if "_SAVED" not in g:
    _SAVED = {
        "modules": dict(sys.modules),
        "time": dict(vars(time)),
        "dt": (datetime.datetime, datetime.date),
        "print": builtins.print,
        "streams": (sys.stdout, sys.stderr),
        "showwarning": warnings.showwarning,
        "path": list(sys.path),
        "meta_path": list(sys.meta_path),
    }
    import asyncio.events

    asyncio.events._set_running_loop(None)
else:
    for name in list(sys.modules):
        if name not in _SAVED["modules"]:
            del sys.modules[name]
    sys.modules.update(_SAVED["modules"])
    vars(time).update(_SAVED["time"])
    datetime.datetime, datetime.date = _SAVED["dt"]
    builtins.print = _SAVED["print"]
    sys.stdout, sys.stderr = _SAVED["streams"]
    warnings.showwarning = _SAVED["showwarning"]
    sys.path[:] = _SAVED["path"]
    sys.meta_path[:] = _SAVED["meta_path"]
for name in list(sys.modules):
    if name == "asyncio" or name.startswith("asyncio."):
        del sys.modules[name]
sys.argv = [RECORD_PY, PROGRAM, "-o", OUT]
try:
    rec = runpy.run_path(RECORD_PY, run_name="record")
    # The trace goes to the worker as soon as it is written: a stop (deadlock, limit) ends the
    # interpreter with os._exit right after, and its files with it.
    _write = rec["Recorder"].write

    def _deliver(self, _write=_write):
        _write(self)
        with open(self.out, encoding="utf-8") as f:
            DELIVER(f.read())

    rec["REC"].write = _deliver.__get__(rec["REC"])
    rec["main"]()
finally:
    rec = None
    import gc

    gc.collect()
