# Property vectors for configparser: seeded random INI texts (headers, options with either
# delimiter, valueless keys, indented continuations, blank lines, full-line and inline comments,
# duplicates, bad lines) read by parsers with random settings; each prints the sections and raw
# values it got, or the error (one ParsingError lists every bad line), then its write() output.
import configparser
import io
import random

random.seed(2718)
WORDS = ['alpha', 'Beta', 'gamma', 'x', 'key', 'Path', 'n', 'DEFAULT', 'a b', 'v1']
PIECES = ['1', 'yes', 'some text', '%(x)s', 'a;b', 'p #q', 'q ;r', '#', ';c', ' spaced ', '[x]', '=', ':']


def line():
    kind = random.random()
    indent = random.choice(['', '', '', ' ', '  ', '\t'])
    if kind < 0.15:
        return indent + '[' + random.choice(WORDS + ['s1', 's2']) + ']'
    if kind < 0.55:
        delim = random.choice(['=', ':', ' = ', ': ', '='])
        return indent + random.choice(WORDS) + delim + ' '.join(random.sample(PIECES, random.randint(0, 3)))
    if kind < 0.65:
        return indent + random.choice(WORDS)
    if kind < 0.75:
        return indent + random.choice(['# note', '; note', '#', ';'])
    if kind < 0.85:
        return ''
    return indent + ' '.join(random.sample(PIECES, random.randint(1, 3)))


for case in range(150):
    lines = ['[' + random.choice(['s1', 's2', 'DEFAULT']) + ']'] if random.random() < 0.9 else []
    lines += [line() for _ in range(random.randint(1, 9))]
    text = '\n'.join(lines) + random.choice(['', '\n'])
    options = dict(
        allow_no_value=random.random() < 0.4,
        strict=random.random() < 0.7,
        empty_lines_in_values=random.random() < 0.6,
        inline_comment_prefixes=random.choice([None, ('#',), (';', '#'), ('#', ';')]),
        interpolation=None,
    )
    if random.random() < 0.2:
        options['delimiters'] = ('=',)
    p = configparser.ConfigParser(**options)
    print(case, repr(text), {k: v for k, v in options.items() if v is not None})
    try:
        p.read_string(text)
        print('  ok')
    except configparser.Error as e:
        print('  ', type(e).__name__, repr(str(e)))
    except AttributeError as e:
        print('  AttributeError', e)
    try:
        print('  got', {s: p.items(s, raw=True) for s in p.sections()}, p.defaults())
        out = io.StringIO()
        p.write(out)
        print('  wrote', repr(out.getvalue()))
    except (AttributeError, TypeError) as e:
        print('  then', type(e).__name__, e)
