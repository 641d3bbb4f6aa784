import logging
import sys
import time

logging.basicConfig(stream=sys.stdout)
logging.warning('default format')
logging.info('below warning')
logging.basicConfig(stream=sys.stdout, format='ignored %(message)s')
logging.warning('still default')
logging.basicConfig(stream=sys.stdout, force=True, level='DEBUG',
                    format='%(asctime)s.%(msecs)03d %(levelname)s %(name)s %(message)s', datefmt='%H:%M:%S')
logging.debug('forced')
time.sleep(1.5)
logging.getLogger('svc').info('later %s', [1, 2])
logging.basicConfig(force=True, stream=sys.stdout, format='%(asctime)s %(processName)s %(filename)s %(module)s %(message)s')
time.sleep(0.0125)
logging.error('pid')
try:
    logging.basicConfig(force=True, stream=sys.stdout, bogus=1)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x.log')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, handlers=[], stream=sys.stdout)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, style='?')
except ValueError as e:
    print(e)
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format='<%(message)s>')
logging.critical('with handlers')
print(logging.getLogger().handlers[0].formatter._fmt)
logging.getLogger('quiet').addHandler(logging.NullHandler())
logging.getLogger('quiet').propagate = False
logging.getLogger('quiet').error('nothing')
print(logging.root.level, logging.getLogger().getEffectiveLevel())


def warn_here(msg):
    logging.getLogger('helper').warning(msg, stacklevel=2)


def outer():
    warn_here('from outer')


logging.basicConfig(force=True, stream=sys.stdout, format='%(funcName)s:%(lineno)d %(message)s')
outer()
warn_here('from module')
