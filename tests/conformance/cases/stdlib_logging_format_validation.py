"""Formatter(validate=True) in each style: which formats pass and the exact message of each refusal
(field names, conversions, specifiers, bare $); the deprecated warn() of Logger, LoggerAdapter and the
module; getChildren and getHandlerByName/getHandlerNames from 3.12; a filter that returns a new record
(used from 3.12, only a true value on 3.11)."""
import logging
cases = {
 '%': ['%(a)s', '%(a)d', '%(a)5.2f', '%(a)-10s', '%(a)#x', '%(a)*d', '%(a).*f', '%(a).f', '%(a)', '%(a)z', '%()s', '%(a b)s',
       'x %(a b)s %(c)s', '%(a)0 +-#5.3e', '%(a)%', '%(a)S', '%(a.b)s', '%%(a)s', '%(é)s', '%(a)5.q', '% (a)s', '%(a)s%(', '%(a', '%(a)5'],
 '{': ['{a}', '{a!r}', '{a!x}', '{a:>10}', '{a:*^10}', '{a:+#010,.3f}', '{a:{w}}', '{a:.{p}f}', '{a:zz}', '{a.b}', '{a[0]}',
       '{a[]}', '{a..b}', '{0}', '{}', '{a b}', '{a', 'a}', '{{a}}', '{a:<}', '{a:_d}', '{a:%}', '{a:X}', '{a:10.}', '{a!r:>5}',
       '{a:{w}.{p}}', '{a:{}}', '{a[x]y}', '{a.b[c].d}', '{a:==5}', '{a: }', '{!r}'],
 '$': ['$a', '${a}', '$$a', '$', 'a $ b', '${a', '${1}', '$1', '$_x9', '${a}$', '$$', 'x$$y$z', '${}', '$é'],
}
for style, fmts in cases.items():
    for f in fmts:
        try:
            logging.Formatter(f, style=style)
            print(style, repr(f), 'ok')
        except ValueError as e:
            print(style, repr(f), 'ValueError', e)
log = logging.getLogger('w')
log.addHandler(logging.NullHandler())
log.warn('x')
logging.LoggerAdapter(log).warn('y')
logging.warn('z')
print(hasattr(logging.getLogger(), 'getChildren'), hasattr(logging, 'getHandlerByName'))
h = logging.StreamHandler(); h.name = 'hh'
print(logging.getHandlerByName('hh') is h if hasattr(logging, 'getHandlerByName') else '-', sorted(logging.getHandlerNames()) if hasattr(logging, 'getHandlerNames') else '-')
class F(logging.Filter):
    def filter(self, r):
        return logging.makeLogRecord({'msg': 'new'})
h2 = logging.Handler(); h2.emit = lambda r: print('emit', r.msg); h2.addFilter(F())
print(type(h2.handle(logging.makeLogRecord({'msg': 'old'}))).__name__)
print(type(h2.filter(logging.makeLogRecord({'msg': 'old'}))).__name__)
