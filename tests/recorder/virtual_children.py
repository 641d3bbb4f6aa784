"""
Child processes of asyncio's subprocesses on the virtual clock (record.py's VirtualSelector).

A real child runs in real time beside the program, while the program's clock is virtual. So that
what the loop sees of it does not depend on how fast the machine is, every select() of the
virtual selector first lets the children *settle*: it waits, in real time and without moving the
clock, until every descendant process of the recorder has exited or waits in the kernel for
something the program must do (a read of its stdin, a wait for its own child), as seen in
/proc (state S or Z, not running). Then the real epoll reports, in the kernel's order, what the
children did meanwhile: output and end of their pipes, their pidfd (their exit). So a child's
work takes no virtual time and is seen whole at the next select(): the model the simulator copies
(src/lib/sim/subprocesses.md).

Children's pipes and pidfds are watched by an epoll of their own, asked only when the loop would
wait (a select() with a timeout other than 0 that finds no socket ready): the loop sees a child
only when it has nothing else to do. A child runs in real time beside the loop that registers its
pipes, so the order of the kernel's ready list (which registration or event came first) is a race
(it changed between runs of one program): the fds reported are put in a fixed order instead,
children in the order they were spawned, and each one's as stdin, stdout, stderr, then its pidfd.

A child that sleeps (nanosleep: `sleep 1`, Python's `time.sleep`) would take real time that the
clock cannot see: the recording stops (`Recorder: ...`, never a golden).
"""

import os
import select
import stat

# Syscalls in which a settled child may not wait: its time would be real, not virtual.
_SLEEPS = {35, 230}  # nanosleep, clock_nanosleep (x86-64)
# Consecutive checks, 1 ms apart, that must find every child settled.
_STABLE = 3
# Real seconds a child may take to settle before the recording gives up.
_LIMIT = 60.0


def _children(pid):
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(p) for p in f.read().split()]
    except OSError:
        pass
    return out


def _descendants():
    found = []
    todo = _children(os.getpid())
    while todo:
        p = todo.pop()
        found.append(p)
        todo += _children(p)
    return found


def _state(pid):
    """'settled', 'running' or 'sleeping' (in nanosleep) for one process; a process gone is settled."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        if state in "ZXx":
            return "settled"
        if state != "S":
            return "running"
        with open(f"/proc/{pid}/syscall") as f:
            call = f.read().split()[0]
    except (OSError, IndexError):
        return "settled"
    if call == "running":
        return "running"
    return "sleeping" if int(call) in _SLEEPS else "settled"


def _real_wait(seconds):
    # The real select (virtual_sockets.py makes select.select wait on the virtual clock).
    import virtual_sockets

    virtual_sockets._real_select([], [], [], seconds)


def settle(stop):
    """Waits (real time) until every child process has settled; `stop(message)` ends the recording."""
    stable = 0
    waited = 0.0
    while True:
        states = [_state(p) for p in _descendants()]
        if not states:
            return
        if "sleeping" in states:
            stop("Recorder: a child process sleeps in real time (the virtual clock cannot see it)")
        if "running" in states:
            stable = 0
        else:
            stable += 1
            if stable >= _STABLE:
                return
        _real_wait(0.001)
        waited += 0.001
        if waited > _LIMIT:
            stop("Recorder: a child process did not settle")


# fd -> (spawn number of the child whose pipe end or pidfd it is, 0-2 for its stdin/stdout/stderr, 3 the pidfd).
_child_fds = {}
_spawned = [0]
_pid_numbers = {}


def is_child_fd(fd):
    """A pipe or a pidfd (a child's, or the program's own os.pipe(): seen the same way)."""
    try:
        if stat.S_ISFIFO(os.fstat(fd).st_mode):
            return True
        return os.readlink(f"/proc/self/fd/{fd}") == "anon_inode:[pidfd]"
    except OSError:
        return False


def in_spawn_order(ready):
    """(key, events) pairs of the children's epoll in the model's order (by child, then by role)."""
    return sorted(ready, key=lambda kev: _child_fds.get(kev[0].fd, (0, 0)))


def _note_popen(init):
    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        _spawned[0] += 1
        _pid_numbers[self.pid] = _spawned[0]
        for role, f in enumerate((self.stdin, self.stdout, self.stderr)):
            if f is not None:
                _child_fds[f.fileno()] = (_spawned[0], role)
    return __init__


def _note_pidfd(pidfd_open):
    def wrapper(pid, *args):
        fd = pidfd_open(pid, *args)
        _child_fds[fd] = (_pid_numbers.get(pid, 0), 3)
        return fd
    return wrapper


def install():
    """Notes the fds of every child process the program spawns, for in_spawn_order."""
    import subprocess  # (it imports threading: not before virtual_threads has patched _thread)

    subprocess.Popen.__init__ = _note_popen(subprocess.Popen.__init__)
    # subprocess's own communicate() polls its children's pipes for real: they run in real time,
    # unseen by the virtual clock (the virtual selectors of virtual_sockets.py would call the wait
    # a deadlock, as nothing virtual wakes it).
    import selectors

    import virtual_sockets

    if virtual_sockets._real_poll is not None:
        class _PopenSelector(selectors.PollSelector):
            _selector_cls = staticmethod(virtual_sockets._real_poll)

        subprocess._PopenSelector = _PopenSelector
    if hasattr(os, "pidfd_open"):
        os.pidfd_open = _note_pidfd(os.pidfd_open)
