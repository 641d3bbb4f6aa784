import json
from json import JSONDecodeError

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads(' [ 1 , "two" , [ ] , { } ] '), json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"'), json.loads('-0'), json.loads('-0.0'))
print(json.loads('12345678901234567890123'), json.loads('1E3'), json.loads('1e-2'), json.loads('1.5e400'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'{"bytes": true}'), json.loads('\n\t"x"\r\n'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('[1.10, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s), json.loads('[NaN]', parse_constant=lambda s: s))
print(json.loads('"tab\there"', strict=False), json.JSONDecoder().raw_decode('[1] trailing'), json.JSONDecoder().decode('{}'))


def show(text, **kw):
    try:
        print(repr(json.loads(text, **kw)))
    except JSONDecodeError as e:
        print(f'{type(e).__name__}: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for text in ['', '   ', '[', '[1', '[1,', '[1,]', '[1 2]', '[,]', '[]]', '{', '{"a"', '{"a":', '{"a":1',
             '{"a":1,', '{"a":1,}', '{a:1}', "{'a': 1}", '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\\',
             '"a\\x"', '"\\u12"', '"\\u12x4"', '"\\u1234', '"\\ud800\\u"', '"\\ud800\\uzzzz"', '"\\ud800x"',
             '"a\nb"', '"\t"', 'nul', 'True', 'None', '-', '-x', '01', '1.', '.5', '1.e5', '1e', '+1',
             '1 2', 'true false', '\ufeff[]', '{\n  "a": 1,\n  "b": [1, 2,],\n}', '[\n1,\n2\n', 'NaN', '-NaN']:
    show(text)
show(3)
show(None)
e = JSONDecodeError('custom', 'ab\ncd\nef', 5)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError), repr(e))
try:
    json.loads('{"config": [1, 2,]}')
except ValueError as err:
    print('caught as ValueError:', err)
json.loads('{"user": "ann", "age": 31,}')
