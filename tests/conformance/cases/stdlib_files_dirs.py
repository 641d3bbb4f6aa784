# Directories: makedirs, listdir (sorted: the order of a real directory is its file system's),
# scandir, walk, isdir/isfile, rename between directories, pathlib mkdir/iterdir/glob/touch,
# stat sizes, chdir, and removing it all again.
import asyncio
import os
from pathlib import Path

ROOT = 'dirs_demo'


async def write_report(day, lines):
    await asyncio.sleep(0.01 * day)
    path = os.path.join(ROOT, 'reports', f'day{day}.txt')
    with open(path, 'w') as f:
        for i in range(lines):
            f.write(f'{day}:{i}\n')
    return path


async def main():
    os.makedirs(os.path.join(ROOT, 'reports'))
    os.makedirs(os.path.join(ROOT, 'archive', 'old'), exist_ok=True)
    paths = await asyncio.gather(*(write_report(d, d * 2) for d in (3, 1, 2)))
    print(paths)


asyncio.run(main())
print(sorted(os.listdir(ROOT)), sorted(os.listdir(os.path.join(ROOT, 'reports'))))
print(os.path.isdir(ROOT), os.path.isfile(ROOT), os.path.exists(os.path.join(ROOT, 'nope')))
sizes = {e.name: (e.is_file(), e.is_dir(), e.stat().st_size) for e in os.scandir(os.path.join(ROOT, 'reports'))}
print(sorted(sizes.items()))
with os.scandir(ROOT) as it:
    print(sorted((e.name, e.path, e.is_dir()) for e in it))
for top, dirs, files in sorted(os.walk(ROOT)):
    print(top, sorted(dirs), sorted(files))

os.rename(os.path.join(ROOT, 'reports', 'day1.txt'), os.path.join(ROOT, 'archive', 'old', 'day1.txt'))
os.replace(os.path.join(ROOT, 'reports', 'day2.txt'), os.path.join(ROOT, 'reports', 'day3.txt'))
print(sorted(os.listdir(os.path.join(ROOT, 'reports'))), os.path.getsize(os.path.join(ROOT, 'reports', 'day3.txt')))

root = Path(ROOT)
(root / 'notes' / 'deep').mkdir(parents=True)
(root / 'notes' / 'deep').mkdir(parents=True, exist_ok=True)
(root / 'notes' / 'a.txt').write_text('a')
(root / 'notes' / 'b.log').touch()
(root / 'notes' / 'c.txt').touch()
print(sorted(p.name for p in (root / 'notes').iterdir()))
print(sorted(str(p) for p in (root / 'notes').glob('*.txt')))
print((root / 'notes' / 'b.log').stat().st_size, (root / 'notes' / 'deep').is_dir())
try:
    (root / 'notes').mkdir()
except FileExistsError as e:
    print(type(e).__name__, e.strerror, e.filename)

start = os.getcwd()
os.chdir(ROOT)
print(os.getcwd() == os.path.join(start, ROOT), sorted(os.listdir('.')), os.path.exists('reports/day3.txt'))
os.chdir('..')
print(os.getcwd() == start)

for top, dirs, files in os.walk(ROOT, topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    os.rmdir(top)
print(os.path.exists(ROOT))
