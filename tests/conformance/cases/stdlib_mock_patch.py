# unittest.mock.patch and its relatives: patch as a function decorator (stacked: the mocks come
# bottom-up after the arguments), on a method, on an async function awaited by a task, as a class
# decorator (only test* methods, patch.TEST_PREFIX), as a context manager and with start/stop/
# stopall; new=, new_callable=, return_value=/side_effect= keywords, spec=True and autospec=True;
# patch.object, patch.dict (a dict, a dotted name, clear=True, as decorator and class decorator),
# patch.multiple with DEFAULT; create=True and the errors for a bad target, a missing attribute,
# and conflicting arguments. Everything is put back afterwards.
import asyncio
import json
import os
import re
from unittest import mock
from unittest.mock import DEFAULT, AsyncMock, MagicMock, call, patch, sentinel

CONFIG = {'mode': 'prod', 'retries': 3}


class Mailer:
    sender = 'noreply@example.com'

    def send(self, to, body):
        raise RuntimeError('would send mail')

    @staticmethod
    def render(template, **values):
        return template.format(**values)


async def fetch_price(symbol):
    await asyncio.sleep(1)
    return 100.0


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:
        print(f'{label}: {type(exc).__name__}: {re.sub(r"id=.[0-9]+.", "id=...", str(exc))}')
    else:
        print(f'{label}: ok {re.sub(r"id=.[0-9]+.", "id=...", repr(result))}')


@patch('os.getcwd', return_value='/srv')
@patch('os.listdir')
def stacked(listdir, getcwd):
    listdir.return_value = ['a.txt', 'b.txt']
    print('stacked:', os.getcwd(), os.listdir(os.getcwd()), type(listdir).__name__, getcwd.call_count)
    listdir.assert_called_once_with('/srv')
    return 'done'


print(stacked(), os.getcwd() != '/srv')


class Notifier:
    def __init__(self):
        self.mailer = Mailer()

    @patch.object(Mailer, 'send')
    def notify(self, user, send):
        self.mailer.send(user, 'hello')
        return send.call_args


print('method:', Notifier().notify('ann'))


@patch('__main__.fetch_price', new_callable=AsyncMock, return_value=42.0)
async def report(prices, price_mock):
    prices.append(await fetch_price('ABC'))
    task = asyncio.create_task(fetch_price('XYZ'))
    prices.append(await task)
    print('awaited:', price_mock.await_args_list, asyncio.get_running_loop().time())
    return prices


print('async:', asyncio.run(report([])), asyncio.run(fetch_price('ABC')))


@patch.object(Mailer, 'sender', 'test@example.com')
class MailerTests:
    def test_sender(self):
        return Mailer.sender

    def helper(self):
        return Mailer.sender


print('class decorator:', MailerTests().test_sender(), MailerTests().helper())

with patch('json.dumps', side_effect=[ValueError('bad'), '{}']) as dumps:
    attempt('side_effect 1', json.dumps, {})
    attempt('side_effect 2', json.dumps, {})
    print(dumps.call_count, dumps.mock_calls)
print('restored:', json.dumps({'a': 1}))

with patch.object(Mailer, 'send', autospec=True) as send:
    m = Mailer()
    m.send('bob', 'hi')
    send.assert_called_once_with(m, 'bob', 'hi')
    attempt('autospec call', m.send, 'bob')
    print('autospec:', type(send).__name__)

with patch('__main__.Mailer', spec=True) as FakeMailer:
    instance = Mailer()
    print('spec=True:', instance is FakeMailer.return_value, type(FakeMailer).__name__, type(instance).__name__)
    attempt('spec missing', getattr, instance, 'missing')

with patch('__main__.CONFIG', new={'mode': 'test'}) as cfg:
    print('new=:', CONFIG, cfg is CONFIG)
print('after new=:', CONFIG)

with patch.dict(CONFIG, mode='debug', extra=True):
    print('dict:', CONFIG)
with patch.dict('__main__.CONFIG', {'only': 1}, clear=True) as d:
    print('dict clear:', d, d is CONFIG)
print('dict restored:', CONFIG)


@patch.dict(os.environ, {'APP_ENV': 'ci'})
def env():
    return os.environ['APP_ENV']


print('environ:', env(), 'APP_ENV' in os.environ)

with patch.multiple(Mailer, send=DEFAULT, render=DEFAULT, sender='x@y') as mocks:
    print('multiple:', sorted(mocks), Mailer.sender, type(mocks['send']).__name__)
    Mailer.render('t')
    mocks['render'].assert_called_once_with('t')
print('multiple restored:', Mailer.render('{a}', a=1), Mailer.sender)

patcher = patch('os.cpu_count', return_value=64)
fake = patcher.start()
print('started:', os.cpu_count(), fake.called)
patcher.stop()
print('stopped:', os.cpu_count() != 64, patcher.stop())
patch('os.getpid', return_value=1).start()
patch.object(Mailer, 'sender', 'z').start()
print('before stopall:', os.getpid(), Mailer.sender)
patch.stopall()
print('after stopall:', os.getpid() != 1, Mailer.sender)

with patch.object(Mailer, 'missing_attr', sentinel.made, create=True):
    print('create:', Mailer.missing_attr)
print('created removed:', hasattr(Mailer, 'missing_attr'))

attempt('no dot', patch, 'nodots')
attempt('not a string', patch.object, 'os', 'getcwd')
attempt('missing attribute', patch('os.no_such_function').start)
attempt('new and new_callable', patch, 'os.getcwd', new=1, new_callable=MagicMock)
attempt('autospec and new_callable', patch, 'os.getcwd', autospec=True, new_callable=MagicMock)
attempt('typo', patch, 'os.getcwd', autospect=True)
attempt('empty multiple', patch.multiple, Mailer)
attempt('no module', patch('no_such_module.thing').start)
with patch('os.sep', new='|'):
    print('module attribute:', os.sep)
print('sep back:', os.sep)
