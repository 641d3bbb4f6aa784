# File errors as CPython gives them: missing files, existing files with 'x', directories opened
# as files, files used as directories, wrong-direction reads and writes, closed files, bad modes.
import io
import os


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f'{label}: {type(e).__module__}.{type(e).__name__}: {e}')
        if isinstance(e, OSError) and e.errno is not None:
            print('   ', e.errno, e.strerror, repr(e.filename), repr(e.filename2))
    else:
        print(f'{label}: {result!r}')


attempt('read missing', lambda: open('missing_demo.txt'))
attempt('listdir missing', lambda: os.listdir('missing_demo_dir'))
attempt('stat missing', lambda: os.stat('missing_demo.txt'))
attempt('remove missing', lambda: os.remove('missing_demo.txt'))
attempt('rename missing', lambda: os.rename('missing_demo.txt', 'other_demo.txt'))

with open('errors_demo.txt', 'w') as f:
    f.write('data\n')
attempt('exclusive', lambda: open('errors_demo.txt', 'x'))
attempt('file as dir', lambda: open('errors_demo.txt/inner'))
attempt('mkdir over file', lambda: os.mkdir('errors_demo.txt'))
attempt('rmdir of file', lambda: os.rmdir('errors_demo.txt'))

os.mkdir('errors_demo_dir')
attempt('open dir', lambda: open('errors_demo_dir'))
attempt('write dir', lambda: open('errors_demo_dir', 'w'))
attempt('remove dir', lambda: os.remove('errors_demo_dir'))
attempt('mkdir again', lambda: os.mkdir('errors_demo_dir'))
open('errors_demo_dir/f.txt', 'w').close()
attempt('rmdir non-empty', lambda: os.rmdir('errors_demo_dir'))
attempt('rename onto dir', lambda: os.rename('errors_demo.txt', 'errors_demo_dir'))
attempt('missing parent', lambda: open('no_such_dir_demo/f.txt', 'w'))
attempt('makedirs exists', lambda: os.makedirs('errors_demo_dir'))
attempt('makedirs exist_ok', lambda: os.makedirs('errors_demo_dir', exist_ok=True))

with open('errors_demo.txt') as f:
    attempt('write to reader', lambda: f.write('x'))
    attempt('write bytes to text', lambda: f.read(1) and open('errors_demo.txt', 'a').write(b'x'))
    attempt('cur-relative seek', lambda: f.seek(2, 1))
    attempt('end-relative seek', lambda: f.seek(-1, 2))
    attempt('negative seek', lambda: f.seek(-1))
with open('errors_demo.txt', 'a') as f:
    attempt('read from writer', lambda: f.read())
attempt('read closed', lambda: f.read())
attempt('write closed', lambda: f.write('x'))
attempt('enter closed', lambda: f.__enter__())
attempt('is UnsupportedOperation', lambda: issubclass(io.UnsupportedOperation, (OSError, ValueError)))

with open('errors_demo.txt', 'rb') as b:
    attempt('binary write', lambda: b.write(b'x'))
attempt('binary read closed', lambda: b.read())

for mode in ['rr', 'rw', 'rbt', '+', 'q', 'b']:
    attempt(f'mode {mode!r}', lambda: open('errors_demo.txt', mode))
attempt('mode type', lambda: open('errors_demo.txt', 1))
attempt('encoding in binary', lambda: open('errors_demo.txt', 'rb', encoding='utf-8'))
attempt('newline in binary', lambda: open('errors_demo.txt', 'rb', newline=''))
attempt('bad newline', lambda: open('errors_demo.txt', newline='x'))
attempt('bad file type', lambda: open(2.5))

os.remove('errors_demo_dir/f.txt')
os.rmdir('errors_demo_dir')
os.remove('errors_demo.txt')
print(os.path.exists('errors_demo_dir'), os.path.exists('errors_demo.txt'))
open('errors_demo.txt')
