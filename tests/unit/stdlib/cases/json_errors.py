import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Thing:
    pass


show(lambda: json.dumps(Thing()))
show(lambda: json.dumps({'a': [1, {2, 3}]}))
show(lambda: json.dumps({'a': [1, Thing()]}, indent=2))
show(lambda: json.dumps(b'bytes'))
show(lambda: json.dumps({(1,): 1}))
show(lambda: json.dumps({Thing(): 1}))
show(lambda: json.dumps({'b': 1, 2: 3}, sort_keys=True))
show(lambda: json.dumps(float('nan'), allow_nan=False))
show(lambda: json.dumps([1, float('-inf')], allow_nan=False))
show(lambda: json.dumps({float('inf'): 1}, allow_nan=False))
loop = []
loop.append(loop)
show(lambda: json.dumps(loop))
d = {}
d['self'] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps(d, check_circular=False) if False else 'skipped')
show(lambda: json.dumps(Thing(), default=lambda o: o))
show(lambda: json.dumps([1], separators=(',',)))
show(lambda: json.dumps(1, bogus=True))
show(lambda: json.dumps(Thing(), default=lambda o: {'kind': type(o).__name__}))
json.dumps({'when': Thing()})
