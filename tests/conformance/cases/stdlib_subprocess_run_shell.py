# subprocess.run and friends on a small shell: echo, printf, cat, true, false, exit, ; && ||.
import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True, text=True)
print(r)
print(repr(r.stdout), r.returncode, r.stderr == '')

r = subprocess.run('echo a; false || echo b && exit 3', shell=True, capture_output=True)
print(r)
r.check_returncode() if r.returncode == 0 else print('returncode', r.returncode)

for cmd in ['true', 'false', 'exit 7', 'true && echo yes || echo no', 'false && echo yes || echo no',
            'false; echo after', 'exit 256', 'echo -n no-newline', 'echo "tab\\there" \'single $quoted\' \\"esc\\"',
            'printf "%s-%03d|%-4s|%x\\n" a 7 b 255 c 12 dd', 'printf "%5.2s|%+d|%%\\n" abcdef 42',
            'echo one\necho two  # a comment', 'echo "a\\c" after; echo next']:
    r = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print(repr(cmd), r.returncode, r.stdout)

print(subprocess.run(['echo', '-e', 'x\\ty', '-n'], stdout=subprocess.PIPE).stdout)
print(subprocess.run(['echo', '-n', 'plain\\t'], stdout=subprocess.PIPE).stdout)
print(subprocess.run(['printf', '%s=%d\\n', 'a', '1', 'b', '2'], capture_output=True, text=True).stdout, end='')

print(subprocess.run(['cat'], input=b'through cat\n', capture_output=True))
print(subprocess.run('cat; echo done', shell=True, input='line1\r\nline2\rline3\n', capture_output=True, text=True))
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['echo', 'quiet'], stdout=subprocess.DEVNULL))

print(subprocess.call(['true']), subprocess.call('exit 4', shell=True), subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'checked']))
print(repr(subprocess.check_output('printf abc', shell=True, text=True)))
print(subprocess.getoutput('echo first; echo second'))
print(subprocess.getstatusoutput('echo out; exit 5'))

try:
    subprocess.run('echo before failing; exit 2', shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e, isinstance(e, subprocess.SubprocessError))
try:
    subprocess.check_output('exit 9', shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.CalledProcessError(-9, ['x']), subprocess.CalledProcessError(-99, 'y'))
print(subprocess.TimeoutExpired(['sleep', '5'], 1.5), subprocess.TimeoutExpired('cmd', 2).output)

for bad in [dict(input=b'x', stdin=subprocess.PIPE), dict(capture_output=True, stdout=subprocess.PIPE)]:
    try:
        subprocess.run(['cat'], **bad)
    except ValueError as e:
        print('ValueError', e)
try:
    subprocess.check_output(['echo'], stdout=None)
except ValueError as e:
    print('ValueError', e)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
