# A standard-library function written in Python that raises shows its frames in the traceback,
# as python3 prints them: json.loads (through the shared decoder or one made of the arguments, an
# error of the scanner, "Expecting value", "Extra data"), json.dumps of what JSON cannot hold
# (the shared encoder's C encoder calling default()) and the statistics functions refusing their
# data. Library paths are cut to the part under Lib/ (each install puts it elsewhere).
import json
import os
import re
import statistics
import traceback


def show(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception:
        text = traceback.format_exc().replace(__file__, os.path.basename(__file__))
        print(re.sub(r'File "[^"]*/lib/python3\.?\d+(\.zip)?/', 'File "LIB/', text))


show(json.loads, '{')
show(json.loads, '[1, 2')
show(json.loads, '')
show(json.loads, '  ')
show(json.loads, '[1] x')
show(json.loads, '{"a": 1,}', object_hook=dict)
show(json.loads, 'nul', parse_int=int)
show(json.loads, '{"a" 1}', object_pairs_hook=list)


class Point:
    pass


show(json.dumps, {"a": [1, Point()]})
show(json.dumps, {1, 2})
print(json.dumps({"a": [1, 2]}), json.dumps([1], indent=1))
for name in ["mean", "median", "median_low", "median_high", "median_grouped", "mode", "pvariance", "pstdev"]:
    show(getattr(statistics, name), [])
show(statistics.variance, [1])
show(statistics.stdev, [2.5])


def nested():
    return statistics.mean(x for x in [])


show(nested)
