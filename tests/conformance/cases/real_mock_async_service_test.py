# A test module as people write them for asyncio code with unittest.mock: an OrderService whose
# HTTP client is patched (patch.object with an AsyncMock, autospec'd and plain), retries driven by a
# side_effect sequence (two ConnectionErrors, then a payload) with backoff sleeps on the virtual
# clock, calls asserted in order (assert_has_awaits, mock_calls == [...], call.method chains),
# patch.dict on os.environ (a test method and a whole class), a MagicMock standing for an
# aiohttp-style session as an async context manager, and a mocked task run by a TaskGroup.
import asyncio
import os
import sys
import unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, call, patch, ANY


class HttpClient:
    def __init__(self, base):
        self.base = base

    async def fetch(self, path, *, timeout=10):
        raise RuntimeError('network disabled in tests')

    async def post(self, path, payload):
        raise RuntimeError('network disabled in tests')


class OrderService:
    def __init__(self, client, retries=3, backoff=0.5):
        self.client = client
        self.retries = retries
        self.backoff = backoff

    async def get_order(self, order_id):
        for attempt in range(1, self.retries + 1):
            try:
                return await self.client.fetch(f'/orders/{order_id}', timeout=5)
            except ConnectionError as exc:
                print(f'    attempt {attempt} failed: {exc} at t={asyncio.get_running_loop().time():.1f}')
                if attempt == self.retries:
                    raise
                await asyncio.sleep(self.backoff * attempt)

    async def totals(self, ids):
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(self.get_order(i)) for i in ids]
        return [t.result()['total'] for t in tasks]

    async def submit(self, order):
        region = os.environ.get('REGION', 'eu')
        return await self.client.post(f'/{region}/orders', order)


async def read_status(session, url):
    async with session.get(url) as resp:
        return resp.status, await resp.json()


class OrderServiceTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.client = HttpClient('https://shop.example')
        self.service = OrderService(self.client)

    async def test_fetch_is_patched(self):
        with patch.object(HttpClient, 'fetch', new_callable=AsyncMock) as fetch:
            fetch.return_value = {'id': 7, 'total': 30}
            order = await self.service.get_order(7)
        self.assertEqual(order, {'id': 7, 'total': 30})
        fetch.assert_awaited_once_with('/orders/7', timeout=5)
        self.assertEqual(fetch.await_args, call('/orders/7', timeout=5))

    async def test_retries_then_succeeds(self):
        fetch = AsyncMock(side_effect=[ConnectionError('reset'), ConnectionError('refused'), {'total': 12}])
        self.client.fetch = fetch
        loop = asyncio.get_running_loop()
        start = loop.time()
        order = await self.service.get_order(3)
        self.assertEqual(order, {'total': 12})
        self.assertEqual(fetch.await_count, 3)
        self.assertEqual(loop.time() - start, 1.5)
        fetch.assert_has_awaits([call('/orders/3', timeout=5)] * 3)
        print('    calls:', fetch.call_args_list)

    async def test_retries_exhausted(self):
        self.client.fetch = AsyncMock(side_effect=ConnectionError('down'))
        with self.assertRaises(ConnectionError) as cm:
            await self.service.get_order(9)
        self.assertEqual(str(cm.exception), 'down')
        self.assertEqual(self.client.fetch.call_count, 3)

    async def test_side_effect_runs_out(self):
        self.client.fetch = AsyncMock(side_effect=[ConnectionError('once')])
        with self.assertRaises(StopAsyncIteration):
            await self.service.get_order(1)

    @patch.object(HttpClient, 'fetch', autospec=True)
    async def test_totals_in_a_task_group(self, fetch):
        async def answer(self, path, *, timeout=10):
            await asyncio.sleep(int(path.rsplit('/', 1)[1]) / 10)
            return {'total': len(path)}
        fetch.side_effect = answer
        self.assertEqual(await self.service.totals([3, 1, 2]), [9, 9, 9])
        self.assertEqual([c.args[1] for c in fetch.await_args_list], ['/orders/3', '/orders/1', '/orders/2'])
        fetch.assert_any_await(self.client, '/orders/1', timeout=5)
        with self.assertRaises(TypeError) as cm:
            await self.client.fetch()
        print('    autospec:', cm.exception)

    @patch.dict(os.environ, {'REGION': 'us'})
    async def test_submit_uses_region(self):
        self.client.post = AsyncMock(return_value={'ok': True})
        self.assertEqual(await self.service.submit({'sku': 'A1'}), {'ok': True})
        self.client.post.assert_awaited_once_with('/us/orders', {'sku': 'A1'})

    async def test_region_default_after_patch(self):
        self.assertNotIn('REGION', os.environ)
        with patch.dict('os.environ', REGION='ap'):
            self.client.post = AsyncMock()
            await self.service.submit({})
        self.assertEqual(self.client.post.await_args, call('/ap/orders', {}))
        self.assertNotIn('REGION', os.environ)

    async def test_session_as_async_context_manager(self):
        session = MagicMock(name='session')
        resp = session.get.return_value.__aenter__.return_value
        resp.status = 200
        resp.json = AsyncMock(return_value={'items': []})
        self.assertEqual(await read_status(session, '/health'), (200, {'items': []}))
        session.get.assert_called_once_with('/health')
        session.get.return_value.__aenter__.assert_awaited_once()
        session.get.return_value.__aexit__.assert_awaited_once_with(None, None, None)
        print('    session calls:', session.mock_calls)

    async def test_calls_in_order(self):
        manager = mock.Mock()
        manager.attach_mock(AsyncMock(return_value={'total': 1}), 'fetch')
        manager.attach_mock(AsyncMock(), 'post')
        self.client.fetch = manager.fetch
        self.client.post = manager.post
        await self.service.get_order(5)
        await self.service.submit({'n': 1})
        self.assertEqual(manager.mock_calls, [call.fetch('/orders/5', timeout=5), call.post(ANY, {'n': 1})])
        with self.assertRaises(AssertionError) as cm:
            manager.assert_has_calls([call.post(ANY, {'n': 1}), call.fetch('/orders/5', timeout=5)])
        print('    ' + str(cm.exception).replace('\n', '\n    '))


@patch.dict(os.environ, {'FEATURE': 'on'}, clear=True)
class EnvironTest(unittest.TestCase):
    def test_only_patched_keys(self):
        self.assertEqual(dict(os.environ), {'FEATURE': 'on'})

    def test_set_inside(self):
        os.environ['EXTRA'] = '1'
        self.assertEqual(sorted(os.environ), ['EXTRA', 'FEATURE'])

    def helper(self):
        return 'FEATURE' in os.environ


if __name__ == '__main__':
    before = dict(os.environ)
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
    print('environ restored:', dict(os.environ) == before, 'EXTRA' in os.environ)
    print('helper not patched:', EnvironTest('helper').helper())
