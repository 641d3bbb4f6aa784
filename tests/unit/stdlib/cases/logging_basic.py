import logging
import sys

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(25), logging.WARN, logging.FATAL)
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelNamesMapping()['NOTICE'])
root = logging.getLogger()
print(root, root.level, root.handlers, logging.getLogger('root') is root, logging.getLogger('') is root)

a_b_c = logging.getLogger('a.b.c')
a = logging.getLogger('a')
a_b = logging.getLogger('a.b')
print(a_b_c.parent.name, a_b.parent.name, a.parent.name, a_b_c.getEffectiveLevel())
print(a.getChild('b') is a_b, sorted(x.name for x in a.getChildren()))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(levelno)d|%(message)s'))
a.addHandler(h)
a.setLevel(logging.INFO)
a_b_c.debug('not shown')
a_b_c.info('info %s %d', 'x', 3)
a_b_c.log(25, 'notice')
a_b.warning('warn %(k)s', {'k': 'v'})
print(a_b_c.isEnabledFor(logging.DEBUG), a_b_c.isEnabledFor(logging.INFO), a_b_c.hasHandlers())

a.propagate = False
a_b.error('err no propagate')
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter('{levelname:>8} {name}: {message}', style='{'))
a_b.addHandler(h2)
a_b.warning('only h')
a_b.critical('both')

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return not record.args or record.args[0] % 2 == 1

a.addFilter(OnlyOdd())
for i in range(4):
    a.info('n=%d', i)

h.setFormatter(logging.Formatter('$levelname $message', style='$'))
a.info('dollar %d', 1)
h.setFormatter(logging.Formatter('[%(user)s] %(message)s'))
logging.getLogger('a.x').info('extra', extra={'user': 'kim'})
try:
    a.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
try:
    a.setLevel('LOUD')
except ValueError as e:
    print(e)
try:
    a.setLevel(1.5)
except TypeError as e:
    print(e)
try:
    a.log('INFO', 'x')
except TypeError as e:
    print(e)
try:
    logging.Formatter('plain')
except ValueError as e:
    print(e)
try:
    logging.Formatter('x', style='#')
except ValueError as e:
    print(e)
h.setFormatter(logging.Formatter('%(message)s'))
print(repr(a), repr(a_b_c), repr(root))
adapter = logging.LoggerAdapter(a, {'user': 'lee'})
adapter.info('via adapter')
print(adapter)
logging.disable(logging.INFO)
a.info('disabled')
a.warning('enabled')
logging.disable(logging.NOTSET)
a.info('back')
