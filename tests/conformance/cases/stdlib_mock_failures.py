# Failing tests that use unittest.mock, as the runner reports them: CPython's mock.py has no
# __unittest mark, so its frames show in the tracebacks (the assert_* that raised, the patch
# decorator's wrapper, the side_effect's way through __call__/_mock_call/_execute_mock_call, an
# AsyncMock's _execute_mock_call when awaited), with each version's line numbers and carets. Also
# an error raised by a side_effect that escapes the program, after the report.
import asyncio
import io
import os
import re
import unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch


class Gateway:
    def charge(self, amount):
        raise RuntimeError('real gateway')

    async def refund(self, amount):
        raise RuntimeError('real gateway')


def checkout(gateway, amounts):
    return [gateway.charge(a) for a in amounts]


class Payments(unittest.TestCase):
    def test_called_once_with(self):
        gw = Mock(name='gateway')
        checkout(gw, [5])
        gw.charge.assert_called_once_with(6)

    def test_has_calls(self):
        gw = Mock()
        checkout(gw, [1, 2])
        gw.charge.assert_has_calls([call(2), call(1)])

    def test_not_called(self):
        gw = Mock()
        checkout(gw, [3])
        gw.charge.assert_not_called()

    @patch.object(Gateway, 'charge', side_effect=ConnectionError('card network down'))
    def test_side_effect_escapes(self, charge):
        checkout(Gateway(), [10])

    @patch('os.getcwd')
    def test_patched_failure(self, getcwd):
        getcwd.return_value = '/srv'
        self.assertEqual(os.getcwd(), '/home')

    @mock.patch.dict(os.environ, {'MODE': 'test'})
    def test_dict_patched_failure(self):
        self.assertEqual(os.environ['MODE'], 'prod')

    def test_magic_side_effect(self):
        box = MagicMock()
        box.__len__.side_effect = TypeError('no size')
        len(box)


class AsyncPayments(unittest.IsolatedAsyncioTestCase):
    async def test_awaited_with(self):
        gw = AsyncMock(name='refund')
        await gw(5)
        gw.assert_awaited_once_with(4)

    async def test_side_effect_sequence(self):
        gw = AsyncMock(side_effect=[TimeoutError('slow'), 'ok'])
        self.assertEqual(await gw(), 'ok')

    @patch.object(Gateway, 'refund', new_callable=AsyncMock)
    async def test_patched_async(self, refund):
        refund.side_effect = ValueError('refused')
        await asyncio.sleep(0.25)
        await Gateway().refund(3)


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
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Payments), loader.loadTestsFromTestCase(AsyncPayments)])
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
report(out.getvalue())
print(result.testsRun, len(result.failures), len(result.errors))

flaky = Mock(name='fetch', side_effect=[ConnectionResetError('peer reset')])
flaky()
