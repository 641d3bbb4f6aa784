"""string.Formatter as programs subclass it: parse() splits a template into its fields, format and
vformat number fields automatically or by hand (never both), nested specs expand, and a subclass
overrides get_value, format_field or check_unused_args."""
import asyncio
import string


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f'unused: {sorted(unused)}')


class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith('u'):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}?>'
        return super().get_value(key, args, kwargs)


f = string.Formatter()
print(list(f.parse('Hello {name!r:>10} {{x}} {0[1]} {a.b}')))
print(f.format('{} + {} = {:>5}', 1, 2, 3))
print(f.vformat('{0:{1}}|{x:^{w}}', ('ab', '>6'), {'x': 'c', 'w': 5}))
print(Upper().format('{greet:u} {who:>6u} {missing}', greet='hi', who='bob'))
try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print('strict:', e)
for bad in ('{} {0}', '{0} {}', '{', '{0!x}', '{:{:{}}}'):
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
fields = [name for _, name, _, _ in f.parse('{user} logged in from {ip} at {t:%H}') if name]
print(fields)



async def render(template, **values):
    await asyncio.sleep(0.1)
    return f.vformat(template, (), values)


async def main():
    rows = await asyncio.gather(render('{name:<8}|{n:>4}', name='alpha', n=3), render('{name:<8}|{n:>4}', name='beta', n=12))
    print('\n'.join(rows))


asyncio.run(main())
# 3.14 numbers a field that starts with an attribute or index; earlier versions look up ''.
try:
    print(f.format('{.real} {[1]}', 5, 'xy'))
except KeyError as e:
    print('KeyError', e)
