# `timeit` on the virtual clock: the default timer is time.perf_counter, which reads the run's
# virtual time, so a statement that never sleeps measures 0.0 (CPU work takes no virtual time).
# Statements are callables; a statement given as source text would need exec(), which the
# simulator does not have, so only the empty statement ('pass') is accepted as text.

import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _nothing():
    pass


def _as_callable(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return _nothing
        raise NotImplementedError(
            f'timeit with a {what} written as a string is not simulated in Loopline '
            '(it would need exec()): pass a function instead'
        )
    raise ValueError(f'{what} is neither a string nor callable')


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _as_callable(stmt, 'stmt')
        self._setup = _as_callable(setup, 'setup')

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        started = self.timer()
        for _ in range(number):
            stmt()
        return self.timer() - started

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # 1, 2, 5, 10, 20, 50, ... loops until one batch takes at least 0.2 s.
        scale = 1
        while True:
            for number in (scale, 2 * scale, 5 * scale):
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
