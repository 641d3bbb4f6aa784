# Results computed by asyncio tasks written to a JSON file, read back and checked; then the
# text-file basics: write returns a count, print(file=), append mode, readline/readlines,
# iteration, seek/tell, truncate, newline translation, pathlib read_text/write_text.
import asyncio
import json
import os
from pathlib import Path

RESULTS = 'results_demo.json'


async def measure(name, delay):
    await asyncio.sleep(delay)
    return {'name': name, 'delay': delay, 'ok': delay < 0.3}


async def main():
    results = await asyncio.gather(*(measure(n, d) for n, d in [('x', 0.2), ('y', 0.1), ('z', 0.4)]))
    with open(RESULTS, 'w') as f:
        json.dump({'results': results, 'count': len(results)}, f, indent=2)
        print(f.closed, f.tell())
    print(f.closed)


asyncio.run(main())
with open(RESULTS) as f:
    data = json.load(f)
print(data['count'], [r['name'] for r in data['results'] if r['ok']])
print(Path(RESULTS).read_text().splitlines()[:4])

f = open('notes_demo.txt', 'w')
print(repr(f))
print(f.write('first line\n'), f.write('second\n'))
print('third', 42, sep=': ', file=f)
f.writelines(['4\n', '5\n'])
print(f.name, f.mode, f.encoding, f.readable(), f.writable(), f.seekable())
f.close()
print(repr(f), f.closed)

with open('notes_demo.txt', 'a') as f:
    print(f.tell())
    f.write('appended\n')

with open('notes_demo.txt') as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    print([line.rstrip() for line in f])

with open('notes_demo.txt', 'r+') as f:
    f.seek(6)
    print(f.truncate(), repr(f.read()))
    f.seek(0, 2)
    f.write('end\n')
    f.seek(0)
    print(repr(f.read()))

with open('crlf_demo.txt', 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
with open('crlf_demo.txt') as f:
    print(repr(f.read()))
with open('crlf_demo.txt', newline='') as f:
    print(f.readlines())
with open('crlf_demo.txt', newline='\r\n') as f:
    print(f.readlines())
with open('crlf_demo.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open('crlf_demo.txt', 'rb') as f:
    print(f.read())

p = Path('path_demo.txt')
print(p.write_text('héllo\nwörld\n'), p.read_text(), p.stat().st_size, p.exists(), p.is_file(), p.is_dir())
with p.open() as f:
    print(repr(f), f.read(2))
p.unlink()
p.unlink(missing_ok=True)
print(p.exists())
for name in [RESULTS, 'notes_demo.txt', 'crlf_demo.txt']:
    os.remove(name)
print([os.path.exists(n) for n in [RESULTS, 'notes_demo.txt', 'crlf_demo.txt']])
