# ['sh', '-c', CMD] (and /bin/sh, dash) runs the shell on CMD without shell=True; the words after
# CMD are the shell's $0, $1, ... and change nothing here.
import subprocess

for args in (['sh', '-c', 'echo one; echo two && exit 3'], ['/bin/sh', '-c', 'false || printf "%s-%s\\n" a b'],
             ['dash', '-c', 'echo with args', 'name', 'x'], ['sh', '-c', 'exit']):
    r = subprocess.run(args, capture_output=True, text=True)
    print(r.returncode, repr(r.stdout), r.args[0])
print(subprocess.check_output(['sh', '-c', 'echo via check_output'], text=True), end='')
try:
    subprocess.run(['sh', '-c', 'exit 5'], check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e)
print(subprocess.call(['/usr/bin/sh', '-c', 'echo "quoted  words"'], stdout=subprocess.DEVNULL))
