# The simulated /bin/sh (dash): NAME=value assignments (alone: the shell's variables, exported only
# if they were; before a command: its environment only), export and unset, ${X-y} ${X:-y} ${X=y}
# ${X:=y} ${X+y} ${X:+y} ${X?} ${X:?msg} and ${#X}, $$, $#, $@ and $* with `sh -c '...' $0 $1 ...`,
# and dash's messages (named by $0) for ${X?}, cd and exit.
import os
import subprocess


def sh(script, *args, env=None):
    if args:
        r = subprocess.run(['sh', '-c', script, *args], capture_output=True, text=True, env=env)
    else:
        r = subprocess.run(script, shell=True, capture_output=True, text=True, env=env)
    print(repr(script), args, '->', r.returncode)
    for line in r.stdout.splitlines():
        print('   out:', line)
    for line in r.stderr.splitlines():
        print('   err:', line)


env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'HOME': '/tmp', 'GREETING': 'hello  world'}
show = 'python3 -c "import os; print(sorted((k, v) for k, v in os.environ.items() if k in {\'X\', \'Y\', \'Z\', \'W\', \'GREETING\'}))"'

sh('X=1; echo "X=$X"; ' + show, env=env)
sh('X=1 Y=$X ' + show + '; echo "after: [$X] [$Y]"', env=env)
sh('X=0; X=1 Y=$X ' + show + '; echo "X is $X again"', env=env)
sh('Z=5; export Z; W=; export W; ' + show, env=env)
sh('export X="a  b" Y; Y=later; ' + show + '; unset X GREETING; ' + show, env=env)
sh('GREETING=bye echo "$GREETING"; echo $GREETING; echo "$GREETING"', env=env)
sh('U=; echo "[${U-unset}] [${U:-empty}] [${U+set}] [${U:+nonempty}] [${N-unset}] [${N:-d f}]"', env=env)
sh('echo ${N:-a  b} "${N:-a  b}" ${N:-"a  b"}', env=env)
sh('echo "${N=first}" "$N"; echo "${M:=x y}"; printf "<%s>\\n" $M; E=; echo "${E=kept}[${E}]" "${E:=filled}"', env=env)
sh('X=abc; E=; echo ${#X} ${#E} ${#N} ${#GREETING}', env=env)
sh('echo "n=$#" "[$*]"; printf "<%s>\\n" "$@"; printf "[%s]\\n" $@; echo "$0 $1 ${2:-none} ${3-unset}"', 'zero', 'a  b', '', 'c')
sh('echo "n=$#"; printf "<%s>\\n" "$@"; echo "[$*]" "$0"', 'only-zero')
sh('python3 -c "import sys; print(sys.argv[1].isdigit(), sys.argv[1] != \'0\')" "$$"', env=env)
sh('echo before; echo ${N?}; echo never', env=env)
sh('echo before; E=; echo ${E:?}; echo never', 'myname')
sh('echo ${E:?is required here}; echo never', 'script.sh')
sh('E=; echo "${E?}ok"; cd /no/such/dir; echo "status $?"', 'cdtest')
sh('cd /no/such/dir || echo "cd failed: $?"', env=env)
sh('echo hi; exit abc; echo never', 'named')
sh('exit -1', env=env)
sh('exit 300', env=env)
sh('true; exit 2 3', env=env)
