# Which names the concurrent.futures package has before and after its submodules are imported:
# BrokenThreadPool lives in concurrent.futures.thread only, and the executors appear on first read.
import concurrent.futures as cf

NAMES = ['BrokenThreadPool', 'BrokenProcessPool', 'BrokenExecutor', 'InvalidStateError',
         'ThreadPoolExecutor', 'ProcessPoolExecutor', 'thread', 'process']


def present():
    return [n for n in NAMES if n in vars(cf)]


print('at import:', present())
print('hasattr BrokenThreadPool:', hasattr(cf, 'BrokenThreadPool'))
print('executor read:', cf.ThreadPoolExecutor.__name__, present())

from concurrent.futures.thread import BrokenThreadPool
from concurrent.futures.process import BrokenProcessPool

print('after the submodules:', present())
print(BrokenThreadPool.__module__, BrokenThreadPool.__mro__[1].__name__)
print(BrokenProcessPool.__module__, BrokenProcessPool.__mro__[1].__name__)
try:
    cf.BrokenThreadPool
except AttributeError as e:
    print('AttributeError:', e)
