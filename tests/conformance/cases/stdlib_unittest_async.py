# unittest.IsolatedAsyncioTestCase: each test on an asyncio.Runner of its own (a new loop per test,
# its tasks on the timeline), asyncSetUp/asyncTearDown around the test, setUp/tearDown and sync
# tests in the same context, addAsyncCleanup and enterAsyncContext, a contextvar set in asyncSetUp
# seen by the test, tasks and sleeps on the virtual clock ("Ran N tests in" the virtual time), a
# failing and an erroring coroutine reported with their frames (async_case.py's and asyncio's between
# the test's, as CPython shows them), and a timeout.
import asyncio
import contextlib
import contextvars
import io
import os
import re
import unittest

request_id = contextvars.ContextVar('request_id', default=None)


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f'{name} after {delay}'


async def broken(delay):
    await asyncio.sleep(delay)
    raise ConnectionResetError('peer went away')


@contextlib.asynccontextmanager
async def connection(name):
    print('    open', name, asyncio.get_running_loop().time())
    yield name.upper()
    await asyncio.sleep(0.05)
    print('    close', name)


class Service(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        print('  setUp', self._testMethodName)

    async def asyncSetUp(self):
        self.loop = asyncio.get_running_loop()
        request_id.set(self._testMethodName)
        await asyncio.sleep(0.01)
        self.addAsyncCleanup(self.close, 'async cleanup')
        print('  asyncSetUp', round(self.loop.time(), 3))

    async def close(self, what):
        await asyncio.sleep(0.01)
        print('  ', what, self._testMethodName, round(self.loop.time(), 3))

    async def asyncTearDown(self):
        print('  asyncTearDown', request_id.get())

    def tearDown(self):
        print('  tearDown', request_id.get())

    async def test_a_gather(self):
        results = await asyncio.gather(fetch('a', 0.2), fetch('b', 0.1))
        self.assertEqual(results, ['a after 0.2', 'b after 0.1'])
        print('    gathered at', round(self.loop.time(), 3), request_id.get())

    async def test_b_tasks(self):
        task = asyncio.create_task(fetch('c', 0.3), name='fetcher')
        await asyncio.sleep(0.1)
        self.assertFalse(task.done())
        self.assertEqual(await task, 'c after 0.3')
        print('    current', asyncio.current_task().get_name() != 'fetcher')

    async def test_c_fails(self):
        value = await fetch('d', 0.05)
        self.assertEqual(value, 'd after 0.5')

    async def test_d_error(self):
        await broken(0.02)

    async def test_e_context(self):
        name = await self.enterAsyncContext(connection('db'))
        self.assertEqual(name, 'DB')
        print('    entered', name)

    async def test_f_timeout(self):
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(fetch('e', 5), timeout=0.1)
        print('    timed out at', round(self.loop.time(), 3))

    def test_g_sync(self):
        print('    sync test sees', request_id.get())
        self.assertIsNone(asyncio._get_running_loop())

    async def test_h_other_loop(self):
        self.assertIs(asyncio.get_running_loop(), self.loop)


class Broken(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        if self._testMethodName == 'test_a_setup':
            await asyncio.sleep(0.01)
            raise RuntimeError('cannot connect')
        self.addAsyncCleanup(self.failing_cleanup)

    async def failing_cleanup(self):
        await asyncio.sleep(0.01)
        raise OSError('cleanup failed')

    async def test_a_setup(self):
        print('not reached')

    def test_b_sync_fails(self):
        self.assertIn('x', ['y'])

    async def asyncTearDown(self):
        print('  Broken.asyncTearDown', self._testMethodName)


def report(text):
    text = text.replace(__file__, os.path.basename(__file__))
    # Each machine has its own folder of the library: the files are named from their package on.
    text = re.sub(r'File "[^"]*/((?:unittest|asyncio)/\w+\.py)"', r'File "\1"', text)
    # The recorder runs asyncio's pure-Python Future, whose result() is a frame (and record.py's
    # wrapper of it) where CPython's C Future has none: those two frames are left out.
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith('  File '):
            skipping = 'record.py' in line or '"asyncio/futures.py"' in line
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            kept.append(line)
    print(''.join(kept), end='')


out = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Service), loader.loadTestsFromTestCase(Broken)])
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
report(out.getvalue())
print(result.testsRun, len(result.failures), len(result.errors))
