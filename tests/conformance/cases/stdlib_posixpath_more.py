# os.path's pure functions a path-handling helper reaches for: normcase, splitdrive, commonpath.
import asyncio
import os.path


async def main():
    print(os.path.normcase('Logs/App.LOG'), os.path.normcase(b'Data'))
    print(os.path.splitdrive('/var/log/app.log'), os.path.splitdrive('rel/x'))
    groups = [
        ['/srv/app/logs/a.log', '/srv/app/logs/b.log', '/srv/app/data/c.db'],
        ['/srv/app//logs/./a', '/srv/app/logs'],
        ['a/b/c', 'a/b/d', 'a/bc'],
        ['/', '/etc'],
        ['./x/y', 'x/z'],
        ['same'],
        ['/only'],
    ]
    for g in groups:
        print(g, '->', repr(os.path.commonpath(g)))
    for bad in ([], ['/a', 'b'], [1, 2]):
        try:
            os.path.commonpath(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        os.path.normcase(3)
    except TypeError as e:
        print('TypeError', e)
    await asyncio.sleep(0)


asyncio.run(main())
